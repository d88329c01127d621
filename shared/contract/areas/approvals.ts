import * as z from 'zod';
import { CURRENCY_CODES } from '../../money';
import { APPROVAL_REASONS, findingSchema } from '../../proposal/guardrails';
import { FOUR_EYES_CONFLICTS } from '../../proposal/four-eyes';
import { marginDriverSchema } from '../../proposal/margin-drivers';
import { command, query } from '../define';
import { ANY_ROLE, FINANCE } from '../roles';
import { idSchema, isoDateTime, optionalText } from '../common';
import { approvalStatusSchema } from './proposals';

/** One request in finance's queue: what is asked, why, and the figures behind it. */
export const approvalItemSchema = z.object({
  id: idSchema,
  status: approvalStatusSchema,
  proposalId: idSchema,
  proposalTitle: z.string(),
  clientName: z.string(),
  ownerName: z.string().nullable(),
  requestedBy: z.string().nullable(),
  requestedAt: isoDateTime,
  requestNote: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: isoDateTime.nullable(),
  comment: z.string().nullable(),
  contentHash: z.string(),
  /** The proposal still holds the content this request is for. */
  current: z.boolean(),
  reasons: z.array(z.enum(APPROVAL_REASONS)),
  currency: z.enum(CURRENCY_CODES),
  subtotal: z.int(),
  discount: z.int(),
  net: z.int(),
  cost: z.int(),
  grossMargin: z.int(),
  marginPercent: z.string().nullable(),
  /** The margin if the client takes every option; null without options. */
  marginPercentWithOptions: z.string().nullable(),
  floorPercent: z.string(),
  discountPercent: z.string().nullable(),
  limitPercent: z.string(),
  discountReason: z.string().nullable(),
  discountCondition: z.string().nullable(),
  deviationPercent: z.string().nullable(),
  difficultyRationale: z.string().nullable(),
  drivers: z.array(marginDriverSchema),
  /** The anti-patterns the quote shows (free lines with cost, discount without condition…). */
  warnings: z.array(findingSchema),
  /** Why the user asking may not decide this request (four-eyes rule), or null when they may. */
  ownConflict: z.enum(FOUR_EYES_CONFLICTS).nullable(),
});
export type ApprovalItem = z.infer<typeof approvalItemSchema>;

export const approvalsContract = {
  'approvals.queue': query(
    ANY_ROLE,
    z.strictObject({ state: z.enum(['pending', 'decided']) }),
    z.object({ items: z.array(approvalItemSchema) }),
  ),
  /** Finance (or an admin) approves or rejects; nobody decides on their own request. A rejection says why. */
  'approvals.decide': command(
    FINANCE,
    z
      .strictObject({
        id: idSchema,
        decision: z.enum(['approved', 'rejected']),
        comment: optionalText(2000),
      })
      .superRefine((a, ctx) => {
        if (a.decision === 'rejected' && a.comment === '')
          ctx.addIssue({ code: 'custom', path: ['comment'], params: { key: 'common.required' } });
      }),
    approvalItemSchema,
  ),
};
