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
  parentPort.postMessage({ result: db.pragma('quick_check', { simple: true }) });
} catch (e) {
  parentPort.postMessage({ error: String((e && e.message) || e) });
} finally {
  if (db) db.close();
}
`;

/** `PRAGMA quick_check` of the file in a worker thread: 'ok', or what SQLite found wrong. */
export function quickCheckInWorker(path: string, nativeBinding?: string): Promise<string> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, module, nativeBinding } });
    worker.once('message', (m: { result?: string; error?: string }) =>
      m.error !== undefined ? resolve(m.error) : resolve(m.result ?? 'no answer from quick_check'),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the integrity check stopped with exit code ${code}`));
    });
  });
}
