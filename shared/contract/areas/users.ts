import * as z from 'zod';
import { command, query } from '../define';
import { ADMIN, ANY_ROLE, userRoleSchema } from '../roles';
import { idSchema, isoDateTime, noArgs, text } from '../common';

export const userSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: userRoleSchema,
  active: z.boolean(),
  /** A password is set (never the password or its hash). */
  hasPassword: z.boolean(),
  createdAt: isoDateTime,
});
export type User = z.infer<typeof userSchema>;

/**
 * A new user and the initial password the admin gives them (they change it themselves later).
 * The password schema is defined here, not imported from auth.ts, which imports this file.
 */
export const newPasswordSchema = z
  .string()
  .max(200)
  .refine((s) => s.length >= 8, { params: { key: 'auth.password_too_short' } });
export const userInputSchema = z.strictObject({ name: text(60), role: userRoleSchema, password: newPasswordSchema });
export type UserInput = z.infer<typeof userInputSchema>;

export const usersContract = {
  /** Everyone: owners and authors are picked from it. */
  'users.list': query(ANY_ROLE, noArgs, z.object({ items: z.array(userSchema) })),
  'users.create': command(ADMIN, userInputSchema, userSchema),
  'users.update': command(
    ADMIN,
    z.strictObject({
      id: idSchema,
      name: text(60).optional(),
      role: userRoleSchema.optional(),
      active: z.boolean().optional(),
    }),
    userSchema,
  ),
  /** The admin sets (or resets) someone's password; that user's sessions end. */
  'users.setPassword': command(ADMIN, z.strictObject({ id: idSchema, password: newPasswordSchema }), userSchema),
};
