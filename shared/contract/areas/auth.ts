import * as z from 'zod';
import { command, query } from '../define';
import { ANY_ROLE, PUBLIC } from '../roles';
import { idSchema } from '../common';
import { newPasswordSchema, userSchema } from './users';
/** A password as typed at sign-in: never trimmed (spaces count), never echoed back. */
const typedPassword = z.string().max(200);

/**
 * How this workspace decides who is acting:
 * - `solo`: one active user, who acts without signing in;
 * - `required`: two or more active users, everyone signs in;
 * - `unclaimed`: two or more active users but nobody has a password yet (a workspace from before
 *   sign-in existed): it acts as its first admin until that admin sets a password.
 */
export const SIGN_IN_MODES = ['solo', 'required', 'unclaimed'] as const;
export type SignInMode = (typeof SIGN_IN_MODES)[number];

export const sessionStateSchema = z.object({
  mode: z.enum(SIGN_IN_MODES),
  /** Who the calls act as now: the signed-in user, the solo user, or nobody (sign in first). */
  user: userSchema.nullable(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export const authContract = {
  /** Public: the sign-in screen itself. Rate-limited per user and per client. */
  'auth.signIn': command(PUBLIC, z.strictObject({ userId: idSchema, password: typedPassword }), sessionStateSchema),
  /** Public: signing out of a session that already expired still clears the cookie. */
  'auth.signOut': command(PUBLIC, z.strictObject({}), sessionStateSchema),
  /** Anyone, for their own account; the current password is required when one is set. */
  'auth.changePassword': command(
    ANY_ROLE,
    z.strictObject({ currentPassword: typedPassword, newPassword: newPasswordSchema }),
    sessionStateSchema,
  ),
  /** Public: the window asks who it is before showing anything. */
  'auth.session': query(PUBLIC, z.strictObject({}), sessionStateSchema),
};
