import type { Migration } from './types';

/**
 * Sign-in: a password hash per user (scrypt, see electron/core/auth/password.ts). Null until an
 * admin sets one, so every existing user keeps their row as it was; sessions are not stored here
 * (they live with the host, in memory).
 */
export const m015Passwords: Migration = {
  version: 15,
  name: 'user password hashes',
  async up(db) {
    await db.schema.alterTable('users').addColumn('password_hash', 'text').execute();
  },
  async postgres(db) {
    await db.schema.alterTable('users').addColumn('password_hash', 'text').execute();
  },
};
