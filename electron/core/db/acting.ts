import { sql, type Kysely } from 'kysely';
import { engineOf } from './engine';

/**
 * Tell the database who acts in this transaction. On PostgreSQL the row-level security of the
 * approvals (migration 007) reads these settings, so a raw statement on the server's connection
 * cannot decide an approval unless the transaction acts as finance or admin. `set_config(…, true)`
 * is `SET LOCAL`: it ends with the transaction and never leaks to the next user of the connection.
 * SQLite has one user per file and no such layer: nothing to do.
 */
export async function actAs(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema
  trx: Kysely<any>,
  actor: { id: number; role: string } | null,
): Promise<void> {
  if (engineOf(trx) !== 'postgres') return;
  await sql`select set_config('workbench.user_id', ${actor ? String(actor.id) : ''}, true),
                   set_config('workbench.role', ${actor?.role ?? ''}, true)`.execute(trx);
}
