import pg from 'pg';

/**
 * How values come back from PostgreSQL, so that repositories see exactly what the SQLite adapter
 * gives them: numbers for money and counts, 1/0 for flags, JSON as the text that was stored (the
 * code parses it where it needs to, as it does on SQLite), bytes as Buffers.
 */
const OID = { bool: 16, int8: 20, numeric: 1700, jsonb: 3802, json: 114 } as const;

export class UnsafeIntegerError extends Error {
  constructor(readonly text: string) {
    super(`A database integer (${text}) is beyond JavaScript's exact range (±9,007,199,254,740,991)`);
  }
}

/**
 * int8 (bigint money, count(*), sum(integer)) as a number, refusing rather than rounding a value
 * that a JS number cannot hold exactly: a wrong total is worse than a failed read.
 */
export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new UnsafeIntegerError(text);
  return n;
}

/**
 * numeric: what sum(bigint) returns. An integral value is read like int8; a fractional one (an avg)
 * stays text, as no money column holds fractions (shared/money does the exact decimal arithmetic).
 */
export function parseNumeric(text: string): number | string {
  if (/^-?\d+$/.test(text)) return parseInt8(text);
  return text;
}

const parsers: Record<number, (text: string) => unknown> = {
  [OID.int8]: parseInt8,
  [OID.numeric]: parseNumeric,
  // Flags are 0/1 numbers on SQLite and in the Database type; the column is a real boolean here.
  [OID.bool]: (text) => (text === 't' ? 1 : 0),
  // Stored JSON is handed back as text: the reader parses and validates it, as on SQLite.
  [OID.jsonb]: (text) => text,
  [OID.json]: (text) => text,
};

/** The `types` option of a pg Pool: our parsers, pg's own for everything else. */
export const workbenchPgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if ((format ?? 'text') === 'text' && parsers[oid]) return parsers[oid];
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;
