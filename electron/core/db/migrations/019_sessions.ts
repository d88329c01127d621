import { pgScript, type Migration } from './types';

/**
 * Sign-in sessions of a team server, in its database: several server processes behind one proxy
 * (or one restarted) answer the same signed-in people, and a sign-out on one ends the session on
 * every other (issue 17). Only the SHA-256 of a session id is stored, so whoever reads the table
 * (a dump, a replica) cannot act as anyone. Times are epoch milliseconds, as the expiry rules
 * count them (electron/core/auth/sessions.ts). A user's sessions go with the user row (an import
 * into the team database replaces the users).
 *
 * SQLite: nothing. A solo workspace file is opened by one process (the desktop app or browser
 * mode), which keeps its sessions in memory: a restart signs everyone out, as documented, and
 * session rows in a file a user copies around would only be a liability.
 *
 * Assigned number 018 in the team's plan; renumbered 019 at merge (018_hub_indexes had landed).
 */
export const m019Sessions: Migration = {
  version: 19,
  name: 'team server sessions (PostgreSQL)',
  async up() {},
  async postgres(db) {
    await pgScript(
      db,
      `
create table sessions (
  id_hash text primary key,
  user_id integer not null references users (id) on delete cascade,
  created_at bigint not null,
  last_seen_at bigint not null
);
create index sessions_user on sessions (user_id);
create index sessions_last_seen on sessions (last_seen_at);
`,
    );
  },
};
