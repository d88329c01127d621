import { sql, type Kysely, type RawBuilder } from 'kysely';
import { engineOf } from './engine';

/**
 * A value inside a JSON text column, in each engine's words: SQLite's json_extract (a JSON number
 * comes back as a number, a string as text), PostgreSQL's `#>>` on the text cast to jsonb (always
 * text, so a number is cast back to bigint). `column` is a trusted, qualified column name.
 */
export function jsonValue(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
  db: Kysely<any>,
  column: string,
  path: readonly string[],
  as: 'text' | 'integer',
): RawBuilder<unknown> {
  const ref = sql.ref(column);
  if (engineOf(db) === 'postgres') {
    const value = sql`(${ref}::jsonb #>> ${`{${path.join(',')}}`})`;
    return as === 'integer' ? sql`${value}::bigint` : value;
  }
  return sql`json_extract(${ref}, ${`$.${path.join('.')}`})`;
}
