import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localizedSection } from '@shared/i18n/catalog';
import { fillText } from '@shared/i18n/fill';
import { bothLanguages } from '@shared/i18n/lang';
import { describeArgsError, parseListen, teamServerArgsSchema } from '@shared/server/team-options';
import { openCore } from '../core';
import { startCore } from '../core/host/entry';
import { openPostgresStore } from '../core/db/postgres/connection';
import { importSolo } from './import-solo';
import { coreLogger, createServerLog } from './request-log';
import { startTeamServer } from './team-server';

/** How long a shutdown waits for the requests in flight before cutting them. */
const SHUTDOWN_GRACE_MS = 15_000;

/** What the command line says to its operator: worded in the catalogue, printed in both languages. */
const SAY = localizedSection('teamServer');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readPem(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    fail(`--${what}: ${bothLanguages(fillText(SAY.cannotRead, { path }))}: ${(e as Error).message}`);
  }
}

/**
 * `npm run server -- --pg postgres://… [--owner-pg postgres://…] [--listen HOST:PORT]
 * [--tls-cert F --tls-key F] [--behind-proxy --public-url URL] [--import-solo FILE]`:
 * the team server (docs/team-server.md).
 */
async function main(): Promise<void> {
  let raw: Record<string, unknown>;
  try {
    raw = parseArgs({
      options: {
        pg: { type: 'string' },
        'owner-pg': { type: 'string' },
        listen: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'behind-proxy': { type: 'boolean' },
        'public-url': { type: 'string' },
        'import-solo': { type: 'string' },
        static: { type: 'string' },
        'pool-max': { type: 'string' },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (e) {
    fail(`${bothLanguages(SAY.badCommandLine)}: ${(e as Error).message}`);
  }
  // The URLs may come from the environment instead (a systemd EnvironmentFile readable by root
  // only): a process's arguments are visible to every user of the machine through `ps`.
  const fromEnv = {
    pg: process.env.WORKBENCH_PG || undefined,
    'owner-pg': process.env.WORKBENCH_OWNER_PG || undefined,
  };
  const parsed = teamServerArgsSchema.safeParse({ ...fromEnv, ...raw });
  if (!parsed.success) fail(describeArgsError(parsed.error));
  const args = parsed.data;
  const log = createServerLog();

  if (args['import-solo']) {
    const core = await openCore({ team: { url: args.pg, ownerUrl: args['owner-pg'] }, log: coreLogger(log) });
    await core.close();
    const owner = openPostgresStore(args['owner-pg']!, { max: 1, applicationName: 'agency-workbench-import' });
    try {
      const summary = await importSolo(resolve(args['import-solo']), owner.db, new Date());
      const width = Math.max(...summary.tables.map((t) => t.table.length));
      process.stdout.write(`${'table'.padEnd(width)}  solo  team\n`);
      for (const t of summary.tables)
        process.stdout.write(
          `${t.table.padEnd(width)}  ${String(t.source).padStart(4)}  ${String(t.team).padStart(4)}\n`,
        );
      const r = summary.report;
      process.stdout.write(
        `${bothLanguages(fillText(SAY.movedIn, { versions: r.versions, approvals: r.approvals, hashes: r.hashes }))}\n`,
      );
    } finally {
      await owner.close();
    }
    return;
  }

  const listen = parseListen(args.listen)!;
  const tls = args['tls-cert']
    ? { cert: readPem(args['tls-cert'], 'tls-cert'), key: readPem(args['tls-key']!, 'tls-key') }
    : undefined;
  const here = dirname(fileURLToPath(import.meta.url));
  const staticDir = resolve(args.static ?? resolve(here, '../renderer'));
  // The one core entry every host starts (electron/core/host/entry.ts).
  const core = await startCore(
    { kind: 'team', url: args.pg, ownerUrl: args['owner-pg'], poolMax: args['pool-max'] },
    { log: coreLogger(log) },
  );
  let server;
  try {
    server = await startTeamServer({
      core,
      staticDir,
      host: listen.host,
      port: listen.port,
      tls,
      behindProxy: args['behind-proxy'],
      publicUrl: args['public-url'] ? new URL(args['public-url']) : undefined,
      log,
    });
  } catch (e) {
    await core.close();
    throw e;
  }
  const claimed = await server.claimed();
  log.info(
    {
      url: server.url,
      port: server.port,
      database: core.workspace.path,
      tls: Boolean(tls),
      behindProxy: args['behind-proxy'],
      // Until someone can sign in, only this address (with its set-up token) is answered.
      ...(claimed ? {} : { setupUrl: server.setupUrl }),
    },
    'ready',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1); // a second signal: stop now
    stopping = true;
    log.info({ signal, graceMs: SHUTDOWN_GRACE_MS }, 'shutting down');
    await server.shutdown(SHUTDOWN_GRACE_MS);
    await core.close();
    log.info({}, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  process.stderr.write(`${bothLanguages(SAY.couldNotStart)}: ${(e as Error).message}\n`);
  process.exit(1);
});
