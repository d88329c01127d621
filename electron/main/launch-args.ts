import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * `electron . --db <file>` (or the packaged app with `--db <file>`). Chromium and Electron add
 * switches of their own to argv, so unknown options and positionals are ignored, not refused.
 */
export function dbPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  const { values } = parseArgs({
    args: argv.slice(1),
    options: { db: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const db = values.db;
  if (typeof db !== 'string' || db.trim() === '') return undefined;
  return isAbsolute(db) ? db : resolve(cwd, db);
}
