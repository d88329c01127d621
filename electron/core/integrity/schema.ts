import type SQLite from 'better-sqlite3';
import { openStore } from '../db/connection';
import { migrate } from '../db/migrate';

/** One object of a schema as SQLite keeps it: a table, index, trigger or view, and its SQL. */
export interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

export type SchemaDifference =
  /** In the file, never created by this app: a trigger that rewrites approvals, a view, a table. */
  | { kind: 'foreign'; object: SchemaObject }
  /** Created by this app, absent from the file: a protecting trigger dropped, say. */
  | { kind: 'missing'; object: SchemaObject }
  /** The same name, another definition. */
  | { kind: 'changed'; object: SchemaObject };

/** Whitespace differs with how a statement was typed, never with what it does. */
const normal = (sql: string | null) => (sql === null ? null : sql.replace(/\s+/g, ' ').trim());

export function schemaObjects(sqlite: SQLite.Database): SchemaObject[] {
  return (
    sqlite
      .prepare(`select type, name, sql from sqlite_master where name not like 'sqlite_%' order by type, name`)
      .all() as SchemaObject[]
  ).map((o) => ({ ...o, sql: normal(o.sql) }));
}

const expected = new Map<number, SchemaObject[]>();

/** The schema this app builds at `version`: the migrations run on an empty in-memory database. */
export async function appSchemaAt(version: number): Promise<SchemaObject[]> {
  const known = expected.get(version);
  if (known) return known;
  const store = openStore(':memory:');
  try {
    await migrate(store.db, store.sqlite, version);
    const objects = schemaObjects(store.sqlite);
    expected.set(version, objects);
    return objects;
  } finally {
    await store.close();
  }
}

/**
 * The first way a file's schema is not exactly the app's at its version, or null. Foreign objects
 * come first (triggers before the rest): what someone added is what would act behind the app's back.
 */
export async function schemaDifference(sqlite: SQLite.Database, version: number): Promise<SchemaDifference | null> {
  const want = await appSchemaAt(version);
  const have = schemaObjects(sqlite);
  const key = (o: SchemaObject) => `${o.type}\u0000${o.name}`;
  const wanted = new Map(want.map((o) => [key(o), o]));
  const had = new Map(have.map((o) => [key(o), o]));
  const rank = (o: SchemaObject) => (o.type === 'trigger' ? 0 : o.type === 'view' ? 1 : 2);
  const foreign = have.filter((o) => !wanted.has(key(o))).sort((a, b) => rank(a) - rank(b));
  if (foreign[0]) return { kind: 'foreign', object: foreign[0] };
  const missing = want.find((o) => !had.has(key(o)));
  if (missing) return { kind: 'missing', object: missing };
  const changed = have.find((o) => wanted.get(key(o))!.sql !== o.sql);
  if (changed) return { kind: 'changed', object: changed };
  return null;
}
