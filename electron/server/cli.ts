import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDbPath } from '../common/app-paths';
import { startCore } from '../core/host/entry';
import { startServer } from './server';

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
  // The same core entry the desktop app's utility process and the team server start.
  const core = await startCore({ kind: 'file', dbPath });
  const server = await startServer({ core, staticDir, port, token: process.env.WORKBENCH_TOKEN || undefined });
  process.stdout.write(`Workbench ready: ${server.url}\n`);
  process.stdout.write(`Workspace file: ${dbPath}\n`);
  // Listening already while the integrity check runs in the background (writes wait for it); a
  // damaged file stops the server with the message that names the newest backup.
  core.workspace.ready().catch(async (e: unknown) => {
    process.stderr.write(`Workbench could not start: ${(e as Error).message}\n`);
    await server.close();
    await core.close();
    process.exit(1);
  });
  const stop = async () => {
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`Workbench could not start: ${(e as Error).message}\n`);
  process.exit(1);
});
