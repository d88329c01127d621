import { gunzipSync } from 'node:zlib';
import { rmSync } from 'node:fs';
import { validate, type FieldIssue } from '@shared/validation';
import { openStore } from '../db/connection';
import { migrate } from '../db/migrate';
import { LATEST_VERSION } from '../db/migrations';
import { archivedTables } from './export';
import {
  archiveSchema,
  ARCHIVE_MAX_COMPRESSED_BYTES,
  ARCHIVE_MAX_INFLATED_BYTES,
  type Cell,
  type WorkspaceArchive,
} from './format';

export type ArchiveProblem =
  | { kind: 'too_large' }
  | { kind: 'not_gzip' }
  | { kind: 'inflates_too_far' }
  | { kind: 'truncated' }
  | { kind: 'not_json'; detail: string }
  | { kind: 'invalid'; issues: FieldIssue[] }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown_table'; table: string }
  | { kind: 'rejected_rows'; table: string; detail: string };

export class ArchiveError extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(`archive refused: ${problem.kind}`);
  }
}

/** Unpack and check a file's bytes, refusing anything that is not one of our archives. */
export function unpackArchive(bytes: Buffer): WorkspaceArchive {
  if (bytes.length > ARCHIVE_MAX_COMPRESSED_BYTES) throw new ArchiveError({ kind: 'too_large' });
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw new ArchiveError({ kind: 'not_gzip' });
  let text: string;
  try {
    // maxOutputLength stops a decompression bomb before it fills memory.
    text = gunzipSync(bytes, { maxOutputLength: ARCHIVE_MAX_INFLATED_BYTES }).toString('utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // zlib says Z_BUF_ERROR ("unexpected end of file") when the stream stops before its end.
    throw new ArchiveError(
      code === 'ERR_BUFFER_TOO_LARGE'
        ? { kind: 'inflates_too_far' }
        : code === 'Z_BUF_ERROR'
          ? { kind: 'truncated' }
          : { kind: 'not_gzip' },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ArchiveError({ kind: 'not_json', detail: (e as Error).message.slice(0, 200) });
  }
  const checked = validate(archiveSchema, json);
  if (!checked.ok) throw new ArchiveError({ kind: 'invalid', issues: checked.issues.slice(0, 20) });
  if (checked.data.schemaVersion > LATEST_VERSION)
    throw new ArchiveError({ kind: 'newer', version: checked.data.schemaVersion });
  return checked.data;
}

const fromCell = (c: Cell) => (c !== null && typeof c === 'object' ? Buffer.from(c.$base64, 'base64') : c);

/**
 * Write the archive into a new database file: schema at the archive's version, every row as it was
 * (ids included, so references and hashes hold), then the migrations since. The caller swaps it in.
 */
export async function writeArchiveTo(path: string, archive: WorkspaceArchive): Promise<void> {
  rmSync(path, { force: true });
  const store = openStore(path);
  try {
    await migrate(store.db, store.sqlite, archive.schemaVersion);
    const known = new Set(
      (store.sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    // The search index is derived: an archive's copy of it (search_docs, the FTS tables) is never
    // taken — a tampered one would find what is not there — and it is rebuilt on opening.
    const carried = new Set(archivedTables(store.sqlite));
    store.sqlite.pragma('foreign_keys = OFF');
    store.sqlite.transaction(() => {
      for (const [table, { columns, rows }] of Object.entries(archive.tables)) {
        if (!known.has(table)) throw new ArchiveError({ kind: 'unknown_table', table });
        if (!carried.has(table)) continue;
        const sql = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`;
        try {
          // Migrations may seed rows (e.g. festival dates); the archive holds the workspace's own.
          store.sqlite.prepare(`delete from "${table}"`).run();
          const insert = store.sqlite.prepare(sql);
          for (const row of rows) insert.run(...row.map(fromCell));
        } catch (e) {
          if (e instanceof ArchiveError) throw e;
          throw new ArchiveError({ kind: 'rejected_rows', table, detail: (e as Error).message.slice(0, 200) });
        }
      }
    })();
    store.sqlite.pragma('foreign_keys = ON');
    const broken = store.sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0)
      throw new ArchiveError({
        kind: 'rejected_rows',
        table: 'foreign keys',
        detail: `${broken.length} broken references`,
      });
    await migrate(store.db, store.sqlite);
  } finally {
    await store.close();
  }
}
