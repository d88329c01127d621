import * as z from 'zod';
import { query } from '../define';
import { FINANCE } from '../roles';
import { idSchema, isoDateTime } from '../common';

export const auditEntrySchema = z.object({
  id: idSchema,
  at: isoDateTime,
  userName: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditContract = {
  /** The trail of who did what is evidence for the controllers, not a work list. */
  'audit.list': query(
    FINANCE,
    z.strictObject({ limit: z.int().min(1).max(500).default(50) }),
    z.object({ items: z.array(auditEntrySchema) }),
  ),
};
