import * as z from 'zod';
import { command, query } from '../define';
import { idSchema, isoDateTime, noArgs, text } from '../common';

export const USER_ROLES = ['account_lead', 'finance', 'admin'] as const;
export const userRoleSchema = z.enum(USER_ROLES);
export type UserRole = z.infer<typeof userRoleSchema>;

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
  'users.list': query(noArgs, z.object({ items: z.array(userSchema) })),
  'users.create': command(userInputSchema, userSchema),
  'users.update': command(
    z.strictObject({
      id: idSchema,
      name: text(60).optional(),
      role: userRoleSchema.optional(),
      active: z.boolean().optional(),
    }),
    userSchema,
  ),
};
