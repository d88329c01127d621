import * as z from 'zod';
import { addCustomIssue } from '../../validation/validate';
import { query } from '../define';
import { FINANCE } from '../roles';
import { idSchema, isoDate, isoDateTime } from '../common';

export const auditEntrySchema = z.object({
  id: idSchema,
  at: isoDateTime,
  userName: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  /** What the object is called now (a proposal's title, a client's name), or null when unknown or gone. */
  entityLabel: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A call name as the audit log stores it ("proposals.send"). */
const callName = z.string().regex(/^[a-zA-Z]+\.[a-zA-Z]+$/);

export const auditFilterSchema = z
  .strictObject({
    limit: z.int().min(1).max(500).default(50),
    offset: z.int().min(0).max(10_000_000).default(0),
    /** Who: a user's id. */
    userId: idSchema.optional(),
    /** What: one call name. */
    action: callName.optional(),
    /** Which object: its kind ("proposal"), and optionally its id. */
    entity: z
      .string()
      .regex(/^[a-zA-Z_]{1,40}$/)
      .optional(),
    entityId: z
      .string()
      .regex(/^\d{1,10}$/)
      .optional(),
    /** Local dates, both inclusive. */
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.to < f.from) addCustomIssue(ctx, 'audit.range_reversed', ['to']);
    if (f.entityId !== undefined && f.entity === undefined) addCustomIssue(ctx, 'audit.id_without_kind', ['entityId']);
  });
export type AuditFilter = z.output<typeof auditFilterSchema>;

export const auditContract = {
  /**
   * The trail of who did what is evidence for the controllers, not a work list: finance and admins.
   * Newest first, a page at a time.
   */
  'audit.list': query(
    FINANCE,
    auditFilterSchema,
    z.object({
      items: z.array(auditEntrySchema),
      /** Whether older entries follow this page. */
      hasMore: z.boolean(),
      /** Everyone the "who" filter can name. */
      actors: z.array(z.object({ id: idSchema, name: z.string() })),
    }),
  ),
};
