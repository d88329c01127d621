import type { Kysely } from 'kysely';
import { roleMayCall, type Access, type User, type UserRole } from '@shared/contract';
import { localized } from '@shared/i18n/catalog';
import type { LocalizedText } from '@shared/i18n/lang';
import type { Database } from '../db/schema';
import { CoreError } from '../errors';

const ROLE_NAMES: Record<UserRole, LocalizedText> = {
  account_lead: localized('roles', 'account_lead'),
  finance: localized('roles', 'finance'),
  admin: localized('roles', 'admin'),
};

function roleList(roles: readonly UserRole[]): LocalizedText {
  const or = localized('roles', 'or');
  return {
    'zh-CN': roles.map((r) => ROLE_NAMES[r]['zh-CN']).join(or['zh-CN']),
    en: roles.map((r) => ROLE_NAMES[r].en).join(or.en),
  };
}

async function workspaceHasUsers(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * The contract's access rule for one call, applied before the handler (and before its args are
 * even read): a public call passes; a first-run call passes while the workspace has no user; any
 * other call needs an acting user whose role the call declares. `firstRunOpen` false (a team
 * server's caller without its set-up token) closes the first-run calls too.
 */
export async function authorize(
  db: Kysely<Database>,
  access: Access,
  actor: User | null,
  firstRunOpen = true,
): Promise<void> {
  if (access.public === 'always') return;
  if (access.public === 'first-run' && firstRunOpen && !(await workspaceHasUsers(db))) return;
  if (!actor) throw new CoreError('sign_in_required', 'error.sign_in_required');
  if (!roleMayCall(access, actor.role)) {
    throw new CoreError('forbidden', 'error.role_required', {
      roles: roleList(access.roles),
      name: actor.name,
      role: ROLE_NAMES[actor.role],
    });
  }
}
