// A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temp dir, pg_ctl start on a
// free loopback port with its socket in that dir, and stop + remove it afterwards. Nothing touches a
// system cluster. When running as root, initdb and the server run as the `postgres` user (PostgreSQL
// refuses to run as root).
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATE_BINS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

export function postgresBinDir() {
  if (process.env.WORKBENCH_PG_BIN) return process.env.WORKBENCH_PG_BIN;
  const found = CANDIDATE_BINS.find((d) => existsSync(join(d, 'initdb')));
  if (!found) throw new Error('PostgreSQL binaries not found (apt-get install postgresql, or set WORKBENCH_PG_BIN)');
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function runAs(user, bin, args) {
  if (user) {
    const uid = Number(execFileSync('id', ['-u', user]).toString().trim());
    const gid = Number(execFileSync('id', ['-g', user]).toString().trim());
    return execFileSync(bin, args, { uid, gid, stdio: ['ignore', 'pipe', 'pipe'] });
  }
  return execFileSync(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Start a cluster. Returns { url, superuser, port, dir, stop() }. The superuser connects over the
 * loopback port with trust authentication (the cluster lives only as long as the run).
 */
export async function startThrowawayPostgres({ log = () => {} } = {}) {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'workbench-pg-'));
  const asUser = process.getuid?.() === 0 ? 'postgres' : null;
  if (asUser) {
    const uid = Number(execFileSync('id', ['-u', asUser]).toString().trim());
    const gid = Number(execFileSync('id', ['-g', asUser]).toString().trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const data = join(dir, 'data');
  const pwfile = join(dir, 'pw');
  writeFileSync(pwfile, 'throwaway\n');
  if (asUser) chownSync(pwfile, Number(execFileSync('id', ['-u', asUser]).toString().trim()), 0);
  runAs(asUser, join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--no-locale',
    '--no-sync',
  ]);
  const port = await freePort();
  // fsync off: a throwaway cluster for tests; the product's durability is PostgreSQL's default.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB`;
  runAs(asUser, join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  log(`throwaway PostgreSQL on 127.0.0.1:${port} in ${dir}`);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        runAs(asUser, join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
