import { pgScript, type Migration } from './types';

/**
 * PostgreSQL's archive search under 50 ms at 100,000 versions (issue 18): the search vectors move
 * out of search_docs into a narrow table of their own, and CJK phrases get lexemes of their own
 * (electron/core/search/fts-postgres.ts says why and what was measured).
 *
 * `search_vectors` holds (id, tsv), one row per search_docs row; its vectors are kept out of line
 * (toast_tuple_target at its least), so its heap is a few hundred pages that a count's bitmap
 * reads quickly, and compressed with lz4 where the server has it. The new vectors hold lexemes only the analysis in TypeScript can make (runs of
 * CJK bigrams), so the migration cannot fill them in SQL: it empties the index, which is derived
 * data (search_docs and its vectors, rebuilt from the quotes, proposals and versions), and the next
 * open rebuilds it in the background (searchIndexNeedsRebuild: empty while there is something to
 * find), as after an import.
 *
 * SQLite: nothing; FTS5 counts its own doclists and keeps positions in its index.
 */
export const m022SearchVectors: Migration = {
  version: 22,
  name: 'narrow search vectors with CJK phrase runs (PostgreSQL)',
  async up() {
    // FTS5 needs neither change.
  },
  async postgres(db) {
    await pgScript(
      db,
      `
delete from search_docs;
drop index search_docs_tsv;
alter table search_docs drop column tsv;
create table search_vectors (
  id integer primary key references search_docs (id) on delete cascade,
  tsv tsvector not null
) with (toast_tuple_target = 128);
create index search_vectors_tsv on search_vectors using gin (tsv);
-- lz4 where the server has it: the newest matches are found by reading vectors newest first, and
-- lz4 decompresses them faster than pglz (500 newest of 危机公关: 33-37 ms against 49-82 ms, under load).
do $$ begin
  alter table search_vectors alter column tsv set compression lz4;
exception when others then
  null; -- a server built without lz4 keeps its default compression
end $$;
`,
    );
  },
};
