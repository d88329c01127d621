import * as z from 'zod';
import { CURRENCY_CODES } from '../../money';
import { proposalStatusSchema } from '../../proposal/status';
import { NEXT_STEPS } from '../../proposal/next-step';
import { query } from '../define';
import { ANY_ROLE } from '../roles';
import { idSchema, isoDate, isoDateTime, noArgs } from '../common';
import { reminderSchema } from './care';
import { approvalStatusSchema } from './proposals';

/**
 * The client record as the hub of an account lead's work (issue 15), and Home for each role: reads
 * that gather what the other areas keep, each row with what it needs to be shown and opened.
 */

/** One quote of a client, with the figures stored at its last save. */
export const clientQuoteSchema = z.object({
  id: idSchema,
  title: z.string(),
  currency: z.enum(CURRENCY_CODES),
  net: z.int(),
  total: z.int(),
  marginPercent: z.string().nullable(),
  ownerName: z.string().nullable(),
  updatedAt: isoDateTime,
});

/** One proposal of a client: its status, and the amount of its quote (the frozen figure once won). */
export const clientProposalSchema = z.object({
  id: idSchema,
  title: z.string(),
  status: proposalStatusSchema,
  quoteId: idSchema.nullable(),
  /** The won amount frozen at the win, else the linked quote's net; null without a quote. */
  currency: z.enum(CURRENCY_CODES).nullable(),
  net: z.int().nullable(),
  total: z.int().nullable(),
  versions: z.int(),
  lastSentAt: isoDateTime.nullable(),
  ownerName: z.string().nullable(),
  updatedAt: isoDateTime,
});

export const clientWorkSchema = z.object({
  quotes: z.array(clientQuoteSchema),
  proposals: z.array(clientProposalSchema),
});
export type ClientWork = z.infer<typeof clientWorkSchema>;

/** An open proposal of the signed-in account lead and what has to happen next. */
export const openProposalSchema = z.object({
  id: idSchema,
  title: z.string(),
  clientId: idSchema,
  clientName: z.string(),
  status: proposalStatusSchema,
  approval: approvalStatusSchema.nullable(),
  nextStep: z.enum(NEXT_STEPS),
  lastSentAt: isoDateTime.nullable(),
  expectedDecisionMonth: z.string().nullable(),
  updatedAt: isoDateTime,
});
export type OpenProposal = z.infer<typeof openProposalSchema>;

export const homeOverviewSchema = z.object({
  today: isoDate,
  /** Monday to Sunday of the week holding today. */
  weekStart: isoDate,
  weekEnd: isoDate,
  myOpenProposals: z.array(openProposalSchema),
  /** Visits dated this week (done or planned), the signed-in user's first. */
  visitsThisWeek: z.array(
    z.object({
      id: idSchema,
      clientId: idSchema,
      clientName: z.string(),
      visitedOn: isoDate,
      purpose: z.string(),
      contactName: z.string().nullable(),
      ownerName: z.string().nullable(),
    }),
  ),
  /**
   * Care dates of this week (Monday to Sunday): birthdays, clients' own dates and festivals, by
   * day; `daysAway` counts from today, negative for a day of the week already past.
   */
  careThisWeek: z.array(reminderSchema),
  /** The team's latest sent versions, newest first. */
  recentSends: z.array(
    z.object({
      proposalId: idSchema,
      title: z.string(),
      clientId: idSchema,
      clientName: z.string(),
      number: z.int(),
      sentAt: isoDateTime,
      sentBy: z.string().nullable(),
    }),
  ),
  /**
   * A new workspace's getting-started steps; null once the first proposal has been sent (the
   * workspace is running and the list goes away for good).
   */
  checklist: z
    .object({
      company: z.boolean(),
      rateCard: z.boolean(),
      client: z.boolean(),
      quote: z.boolean(),
      proposalSent: z.boolean(),
    })
    .nullable(),
});
export type HomeOverview = z.infer<typeof homeOverviewSchema>;

export const hubContract = {
  'clients.work': query(ANY_ROLE, z.strictObject({ clientId: idSchema }), clientWorkSchema),
  'home.overview': query(ANY_ROLE, noArgs, homeOverviewSchema),
};
