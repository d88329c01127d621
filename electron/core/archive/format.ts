import * as z from 'zod';

/**
 * The portable workspace archive: every table of the store as JSON, gzip-compressed into one file.
 * The way out of the tool and onto a new machine, readable with any gzip + JSON tool.
 */
export const ARCHIVE_FORMAT = 'workbench.archive/1';
export const ARCHIVE_MIME = 'application/gzip';
/** Refuse what would inflate past this: a real workspace is far smaller, a zip bomb is not. */
export const ARCHIVE_MAX_INFLATED_BYTES = 512 * 1024 * 1024;
export const ARCHIVE_MAX_COMPRESSED_BYTES = 48 * 1024 * 1024;

/** A cell: SQLite's null, integer, text, or a BLOB as base64. No floats: the store has no REAL columns. */
const cellSchema = z.union([z.null(), z.int(), z.string(), z.strictObject({ $base64: z.base64() })]);

export const archiveSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  schemaVersion: z.int().positive(),
  exportedAt: z.string(),
  tables: z.record(
    z.string().regex(/^[a-z_][a-z0-9_]*$/),
    z.strictObject({
      columns: z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/)).min(1),
      rows: z.array(z.array(cellSchema)),
    }),
  ),
});
export type WorkspaceArchive = z.infer<typeof archiveSchema>;
export type Cell = z.infer<typeof cellSchema>;
