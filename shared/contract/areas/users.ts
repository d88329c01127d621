import * as z from 'zod';
import { command, query } from '../define';
import { ADMIN, ANY_ROLE, userRoleSchema } from '../roles';
import { idSchema, isoDateTime, noArgs, text } from '../common';

export const userSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: userRoleSchema,
  active: z.boolean(),
  createdAt: isoDateTime,
});
export type User = z.infer<typeof userSchema>;

export const userInputSchema = z.strictObject({ name: text(60), role: userRoleSchema });
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
};
