import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code, as a string: it runs with its own read-only connection to the file, so a
 * long `quick_check` (seconds on a large workspace) never holds the thread that answers calls.
 * A string rather than a file beside this one: the bundlers of the core (electron-vite, tsx,
 * vitest) would each need telling where a worker file went; `eval` needs no path.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.module);
let db;
try {
  db = new SQLite(workerData.path, {
    readonly: true,
    fileMustExist: true,
    ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}),
  });
  db.pragma('busy_timeout = 5000');
  const rows = db.pragma(workerData.check);
  parentPort.postMessage({ result: rows.map((r) => Object.values(r)[0]).join('; ') });
} catch (e) {
  parentPort.postMessage({ error: String((e && e.message) || e) });
} finally {
  if (db) db.close();
}
`;

/** `PRAGMA quick_check` of the file in a worker thread: 'ok', or what SQLite found wrong. */
export function quickCheckInWorker(path: string, nativeBinding?: string): Promise<string> {
  return checkInWorker(path, 'quick_check', nativeBinding);
}

/**
 * `PRAGMA integrity_check` in a worker thread, for a fresh backup copy: the check reads every page
 * (10 s of CPU on a 100k-version workspace under load), and the daily backup runs while the app
 * answers its first calls — on the main thread it held Home for the whole check (issue 18).
 */
export function integrityCheckInWorker(path: string, nativeBinding?: string): Promise<string> {
  return checkInWorker(path, 'integrity_check', nativeBinding);
}

function checkInWorker(
  path: string,
  check: 'quick_check' | 'integrity_check',
  nativeBinding: string | undefined,
): Promise<string> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, module, nativeBinding, check } });
    worker.once('message', (m: { result?: string; error?: string }) =>
      m.error !== undefined ? resolve(m.error) : resolve(m.result ?? `no answer from ${check}`),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the integrity check stopped with exit code ${code}`));
    });
  });
}
