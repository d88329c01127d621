/**
 * The roles and who may make a call, without zod: the renderer's entry asks `mayCall` before its
 * first paint, and importing the contract's schemas there cost Home ~200 kB of JS (issue 18).
 * roles.ts adds the zod schema of a role and re-exports all of this.
 */
export const USER_ROLES = ['account_lead', 'finance', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/**
 * Who may make a call. `roles` are checked against the acting user (from the session, or the only
 * active user of a solo workspace). `public` opens the call to a caller without a user:
 * `always` (workspace status, sign-in) or `first-run` (only while the workspace has no user yet:
 * set-up and importing an archive into a new installation).
 */
export interface Access {
  readonly roles: readonly UserRole[];
  readonly public?: 'always' | 'first-run';
}

/** Every signed-in role: the agency's day-to-day work. */
export const ANY_ROLE: Access = { roles: USER_ROLES };
/** Finance and admins: decisions on money (approvals, cost rates, the audit trail). */
export const FINANCE: Access = { roles: ['finance', 'admin'] };
/** Admins only: users, workspace-wide settings that govern money, backups, branding. */
export const ADMIN: Access = { roles: ['admin'] };
/** Anyone, before sign-in too. */
export const PUBLIC: Access = { roles: USER_ROLES, public: 'always' };

/** May a user of this role make a call with this access? (A caller without a user: see `public`.) */
export function roleMayCall(access: Access, role: UserRole): boolean {
  return access.roles.includes(role);
}
