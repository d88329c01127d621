import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDbPath } from '../common/app-paths';
import { coreOnDemand } from './core-on-demand';
import { startServer } from './server';

/**
 * Quiet after listening (or after the last page file) before the core loads with no call asking
 * for it: long enough for a browser that is already waiting to fetch the page's files first, short
 * enough that the integrity check and the daily backup start at once without one.
 */
const CORE_IDLE_MS = 150;

/** `npm run web -- --db <file> --port <n>`: the workbench in any browser on this machine. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '0' },
      static: { type: 'string' },
    },
    allowPositionals: false,
  });
  const dbPath = resolve(values.db ?? defaultDbPath());
  mkdirSync(dirname(dbPath), { recursive: true });
  const here = dirname(fileURLToPath(import.meta.url));
  const staticDir = resolve(values.static ?? resolve(here, '../renderer'));
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got ${values.port}`);
  // Listen first, the core after (issue 18, cold start): the core's code (the contract's zod
  // schemas, kysely, the handlers) takes most of start-up, and the page's own files and boot need
  // none of it. It loads when a call first needs it, or once the server is idle
  // (core-on-demand.ts): loading holds this thread, and the page's files must not wait behind it.
  // Each API call waits for the core (server.ts); the core entry is its own chunk.
  const onDemand = coreOnDemand(
    // The same core entry the desktop app's utility process and the team server start.
    () => import('../core/host/entry').then(({ startCore }) => startCore({ kind: 'file', dbPath })),
    CORE_IDLE_MS,
  );
  const { core } = onDemand;
  const server = await startServer({
    core,
    staticDir,
    port,
    token: process.env.WORKBENCH_TOKEN || undefined,
    needCore: onDemand.need,
    onRequest: onDemand.activity,
  });
  process.stdout.write(`Workbench ready: ${server.url}\n`);
  process.stdout.write(`Workspace file: ${dbPath}\n`);
  /** The core once opened; null when it failed to (that is reported below) or never began to load. */
  const openedCore = () => (onDemand.started() ? core.catch(() => null) : Promise.resolve(null));
  const stop = async () => {
    await server.close();
    await (await openedCore())?.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Listening already while the integrity check runs in the background (writes wait for it). A file
  // that cannot be opened, or is damaged (the message names the newest backup), stops the server;
  // the calls that waited for the core were answered `internal`.
  core
    .then((opened) => opened.workspace.ready())
    .catch(async (e: unknown) => {
      process.stderr.write(`Workbench could not start: ${(e as Error).message}\n`);
      await server.close();
      await (await openedCore())?.close();
      process.exit(1);
    });
}

main().catch((e: unknown) => {
  process.stderr.write(`Workbench could not start: ${(e as Error).message}\n`);
  process.exit(1);
});
