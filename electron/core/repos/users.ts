import type { Kysely, Selectable } from 'kysely';
import type { User, UserRole } from '@shared/contract';
import type { Database, UsersTable } from '../db/schema';

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    active: row.active === 1,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
  };
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('id').execute();
  return rows.map(toUser);
}

/** Any user, active or not (user management, the audit trail). */
export async function findUser(db: Kysely<Database>, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

/** A user who may act: a deactivated user is nobody. */
export async function findActiveUser(db: Kysely<Database>, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).where('active', '=', 1).executeTakeFirst();
  return row && toUser(row);
}

export async function listActiveUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().where('active', '=', 1).orderBy('id').execute();
  return rows.map(toUser);
}

export async function firstActiveAdmin(db: Kysely<Database>): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .orderBy('id')
    .executeTakeFirst();
  return row && toUser(row);
}

export async function insertUser(
  db: Kysely<Database>,
  name: string,
  role: UserRole,
  at: string,
  passwordHash: string | null = null,
): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({ name, role, created_at: at, password_hash: passwordHash })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function updateUser(
  db: Kysely<Database>,
  id: number,
  patch: { name?: string; role?: UserRole; active?: boolean },
): Promise<User | undefined> {
  const set: Partial<{ name: string; role: UserRole; active: number }> = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.role !== undefined) set.role = patch.role;
  if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
  if (Object.keys(set).length > 0) await db.updateTable('users').set(set).where('id', '=', id).execute();
  return findUser(db, id);
}

/** The stored hash, for sign-in only: it never leaves the core. */
export async function passwordHashOf(db: Kysely<Database>, id: number): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirst();
  return row?.password_hash;
}

export async function setPasswordHash(db: Kysely<Database>, id: number, hash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();
}

export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
