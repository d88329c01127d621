import { roleMayCall, type Access, type UserRole } from './access';
import { CALL_ACCESS } from './generated/call-access';

/**
 * May a user of this role (null: nobody signed in) make this call, by the contract's declaration?
 * The one helper the UI uses to hide or disable what a role may not do; the dispatcher decides.
 * (A first-run call is open to nobody-signed-in only while the workspace has no user: not here.)
 * It reads the contract's declarations from the generated table (`npm run docs:permissions`), so
 * the renderer's first paint loads no zod schema; test/unit/permission-table.test.ts fails when the
 * table differs from the contract. (Its names are the contract's CallName; importing that type from
 * the index here would close an import cycle.)
 */
export function mayCall(name: keyof typeof CALL_ACCESS, role: UserRole | null): boolean {
  const access: Access = CALL_ACCESS[name];
  if (access.public === 'always') return true;
  return role !== null && roleMayCall(access, role);
}
