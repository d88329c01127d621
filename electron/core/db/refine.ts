import type { ColumnType } from 'kysely';

type SelectOf<T> = T extends ColumnType<infer S, unknown, unknown> ? S : T;

/**
 * A generated table (generated/tables.ts) with some columns narrowed by hand: a literal union
 * for a text column, a column no insert or update may write (a trigger's), a blob as bytes, a
 * doc comment. Every narrowed column must exist in the migrated database and read as a subtype
 * of what it has there, or this fails to type-check — so a migration that renames, drops or
 * retypes a column shows up here, not at run time. Columns not named keep the generated type.
 */
export type Refine<
  Generated,
  Narrowed extends {
    [K in keyof Narrowed]: K extends keyof Generated
      ? SelectOf<Narrowed[K]> extends SelectOf<Generated[K]>
        ? unknown
        : never
      : never;
  },
> = Omit<Generated, keyof Narrowed> & Narrowed;
