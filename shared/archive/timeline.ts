import * as z from 'zod';
import { approvalStatusSchema, lossReasonSchema, proposalStatusSchema } from '../contract/areas/proposals';

/**
 * A proposal's life as one list: every status change (a send is a change to "sent" that froze a
 * version), and every finance request and decision — merged in time order from the three tables
 * that keep them (proposal_status_history, proposal_versions, proposal_approvals).
 */
export const timelineEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    at: z.string(),
    by: z.string().nullable(),
    from: proposalStatusSchema.nullable(),
    to: proposalStatusSchema,
    reasonCode: lossReasonSchema.nullable(),
    note: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('sent'),
    at: z.string(),
    by: z.string().nullable(),
    version: z.int().positive(),
    total: z.int(),
    currency: z.string(),
    marginPercent: z.string().nullable(),
    note: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('approval_requested'),
    at: z.string(),
    by: z.string().nullable(),
    approvalId: z.int(),
    note: z.string(),
  }),
  z.object({
    kind: z.literal('approval_decided'),
    at: z.string(),
    by: z.string().nullable(),
    approvalId: z.int(),
    decision: approvalStatusSchema,
    comment: z.string().nullable(),
  }),
]);
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export interface TimelineSources {
  changes: {
    at: string;
    by: string | null;
    from: string | null;
    to: string;
    reasonCode: string | null;
    note: string | null;
    version: number | null;
  }[];
  versions: { number: number; sentAt: string; total: number; currency: string; marginPercent: string | null }[];
  approvals: {
    id: number;
    requestedAt: string;
    requestedBy: string | null;
    note: string;
    status: string;
    decidedAt: string | null;
    decidedBy: string | null;
    comment: string | null;
  }[];
}

const KIND_ORDER: Record<TimelineEvent['kind'], number> = {
  approval_requested: 0,
  approval_decided: 1,
  status: 2,
  sent: 2,
};

/** Merge, oldest first; at the same moment a request comes before its decision and both before a send. */
export function buildTimeline(s: TimelineSources): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const c of s.changes) {
    const version = c.version === null ? undefined : s.versions.find((v) => v.number === c.version);
    if (c.to === 'sent' && version) {
      events.push({
        kind: 'sent',
        at: c.at,
        by: c.by,
        version: version.number,
        total: version.total,
        currency: version.currency,
        marginPercent: version.marginPercent,
        note: c.note,
      });
    } else {
      events.push({
        kind: 'status',
        at: c.at,
        by: c.by,
        from: proposalStatusSchema.nullable().catch(null).parse(c.from),
        to: proposalStatusSchema.catch('draft').parse(c.to),
        reasonCode: lossReasonSchema.nullable().catch(null).parse(c.reasonCode),
        note: c.note,
      });
    }
  }
  for (const a of s.approvals) {
    events.push({ kind: 'approval_requested', at: a.requestedAt, by: a.requestedBy, approvalId: a.id, note: a.note });
    if (a.decidedAt && a.status !== 'pending')
      events.push({
        kind: 'approval_decided',
        at: a.decidedAt,
        by: a.decidedBy,
        approvalId: a.id,
        decision: approvalStatusSchema.catch('superseded').parse(a.status),
        comment: a.comment,
      });
  }
  // Stable: events of the same kind keep the order their table gave them.
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at.localeCompare(b.e.at) || KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] || a.i - b.i)
    .map(({ e }) => e);
}
