import * as z from 'zod';
import { EXPERIENCE_ASPECTS, SATISFACTION_DIMENSIONS, SCORE_MAX, SCORE_MIN } from '../../analytics/satisfaction';
import { addCustomIssue } from '../../validation/validate';
import { command, query } from '../define';
import { ANY_ROLE } from '../roles';
import { idSchema, isoDate, optionalText, text } from '../common';

/** Care and visits (走访 / 关怀), complaints and satisfaction surveys of one client (DOMAIN.md §4). */
const forClient = z.strictObject({ clientId: idSchema });
const saved = z.object({ id: idSchema });
/** An optional date in a form: empty means none. */
const optionalDate = z.union([z.literal(''), isoDate]);

/**
 * Churn signals an account lead notices on a visit or call (DOMAIN.md §4 流失预警): perfunctory
 * replies (敷衍) and disagreement inside the client (意见不统一). Counted in the warnings with dates.
 */
export const VISIT_SIGNALS = ['perfunctory', 'disagreement'] as const;
export const visitSignalSchema = z.enum(VISIT_SIGNALS);
export type VisitSignal = z.infer<typeof visitSignalSchema>;

export const visitInputSchema = z.strictObject({
  id: idSchema.optional(),
  clientId: idSchema,
  visitedOn: isoDate,
  contactId: idSchema.nullable(),
  purpose: text(200),
  plan: optionalText(2000),
  outcome: optionalText(2000),
  nextStep: optionalText(1000),
  signals: z.array(visitSignalSchema).max(VISIT_SIGNALS.length).default([]),
});
export type VisitInput = z.infer<typeof visitInputSchema>;
export const visitSchema = visitInputSchema.extend({
  id: idSchema,
  contactName: z.string().nullable(),
  ownerName: z.string().nullable(),
});
export type Visit = z.infer<typeof visitSchema>;

export const COMPLAINT_SEVERITIES = ['low', 'medium', 'high'] as const;
export const complaintInputSchema = z
  .strictObject({
    id: idSchema.optional(),
    clientId: idSchema,
    receivedOn: isoDate,
    receivedBy: text(60),
    /** The first responder who owns the complaint until it is resolved. */
    responderId: idSchema.nullable(),
    severity: z.enum(COMPLAINT_SEVERITIES),
    description: text(2000),
    resolution: optionalText(2000),
    resolvedOn: optionalDate,
  })
  .superRefine((c, ctx) => {
    if (c.resolvedOn !== '' && c.resolvedOn < c.receivedOn)
      addCustomIssue(ctx, 'care.resolved_before_received', ['resolvedOn']);
  });
export type ComplaintInput = z.infer<typeof complaintInputSchema>;
export const complaintSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  receivedOn: isoDate,
  receivedBy: z.string(),
  responderId: idSchema.nullable(),
  responderName: z.string().nullable(),
  severity: z.enum(COMPLAINT_SEVERITIES),
  description: z.string(),
  resolution: z.string(),
  resolvedOn: optionalDate,
  /** Days from received to resolved; null while open. */
  daysToResolve: z.int().nullable(),
});
export type Complaint = z.infer<typeof complaintSchema>;

const score = z.int().min(SCORE_MIN).max(SCORE_MAX);
export const surveyDimensionsSchema = z.strictObject(
  Object.fromEntries(
    SATISFACTION_DIMENSIONS.map((d) => [d, z.strictObject({ expectation: score, experience: score })]),
  ) as {
    [K in (typeof SATISFACTION_DIMENSIONS)[number]]: z.ZodObject<{
      expectation: typeof score;
      experience: typeof score;
    }>;
  },
);
export const surveyAspectsSchema = z.strictObject(
  Object.fromEntries(EXPERIENCE_ASPECTS.map((a) => [a, z.strictObject({ importance: score, performance: score })])) as {
    [K in (typeof EXPERIENCE_ASPECTS)[number]]: z.ZodObject<{ importance: typeof score; performance: typeof score }>;
  },
);
export const surveyInputSchema = z.strictObject({
  id: idSchema.optional(),
  clientId: idSchema,
  surveyedOn: isoDate,
  dimensions: surveyDimensionsSchema,
  aspects: surveyAspectsSchema,
  note: optionalText(1000),
});
export type SurveyInput = z.infer<typeof surveyInputSchema>;

const dimensionEnum = z.enum(SATISFACTION_DIMENSIONS);
const aspectEnum = z.enum(EXPERIENCE_ASPECTS);
export const surveySchema = surveyInputSchema.extend({
  id: idSchema,
  satisfaction: z.array(
    z.object({ dimension: dimensionEnum, expectation: z.int(), experience: z.int(), satisfaction: z.int() }),
  ),
  weakest: dimensionEnum,
  keyExperience: z.array(
    z.object({ aspect: aspectEnum, importance: z.int(), performance: z.int(), shortfall: z.int(), priority: z.int() }),
  ),
});
export type Survey = z.infer<typeof surveySchema>;

export const REMINDER_KINDS = ['birthday', 'festival', 'client_date'] as const;
export const reminderSchema = z.object({
  kind: z.enum(REMINDER_KINDS),
  /** The date it falls on next (this year's or next year's occurrence). */
  date: isoDate,
  daysAway: z.int(),
  label: z.string(),
  clientId: idSchema.nullable(),
  clientName: z.string().nullable(),
  contactName: z.string().nullable(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** One entry of a client's log, named with its client so a stray id cannot delete another client's row. */
const logEntry = z.strictObject({ id: idSchema, clientId: idSchema });

export const careContract = {
  'visits.list': query(ANY_ROLE, forClient, z.object({ items: z.array(visitSchema) })),
  'visits.save': command(ANY_ROLE, visitInputSchema, saved),
  /** Removes the entry; the audit log keeps what it said. Whoever may log an entry may remove it. */
  'visits.delete': command(ANY_ROLE, logEntry, saved),
  'complaints.list': query(ANY_ROLE, forClient, z.object({ items: z.array(complaintSchema) })),
  'complaints.save': command(ANY_ROLE, complaintInputSchema, saved),
  'complaints.delete': command(ANY_ROLE, logEntry, saved),
  'surveys.list': query(ANY_ROLE, forClient, z.object({ items: z.array(surveySchema) })),
  'surveys.save': command(ANY_ROLE, surveyInputSchema, saved),
  'surveys.delete': command(ANY_ROLE, logEntry, saved),
  /** Birthdays, festivals and clients' own dates in the next `days` days, soonest first. */
  'care.upcoming': query(
    ANY_ROLE,
    z.strictObject({ days: z.int().min(1).max(366).default(30), clientId: idSchema.optional() }),
    z.object({ items: z.array(reminderSchema) }),
  ),
};
