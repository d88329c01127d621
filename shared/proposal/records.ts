import * as z from 'zod';
import { isoDate } from '../contract/common';
import { addCustomIssue } from '../validation/validate';

/** How the pre-communication took place. */
export const PRE_COMMUNICATION_CHANNELS = ['meeting', 'call', 'video', 'wechat', 'email'] as const;

const line = (max: number) => z.string().trim().max(max);
const required = (max: number) =>
  z
    .string()
    .trim()
    .refine((s) => s.length > 0, { params: { key: 'common.required' }, abort: true })
    .max(max);

/**
 * 沟通性提案要点: before the written proposal goes out, cost and the disputed points are agreed in a
 * meeting or a call. The record says when, how, with whom, and what was agreed.
 */
export const preCommunicationSchema = z.strictObject({
  date: isoDate,
  channel: z.enum(PRE_COMMUNICATION_CHANNELS),
  withWhom: required(200),
  /** What the client accepted about the cost. */
  costAgreed: required(2000),
  /** The disputed points and where each landed. */
  disputedPoints: line(4000),
});
export type PreCommunication = z.infer<typeof preCommunicationSchema>;

/** 提案的专业水准: the six dimensions scored before sending. */
export const SELF_CHECK_DIMENSIONS = [
  'practicality',
  'dataSupport',
  'strategy',
  'creativity',
  'feasibility',
  'costEconomy',
] as const;
export type SelfCheckDimension = (typeof SELF_CHECK_DIMENSIONS)[number];

const score = z.int().min(1).max(5);
export const selfCheckSchema = z.strictObject({
  practicality: score,
  dataSupport: score,
  strategy: score,
  creativity: score,
  feasibility: score,
  costEconomy: score,
});
export type SelfCheck = z.infer<typeof selfCheckSchema>;

/** The dimensions scored under the threshold: each is a warning before sending. */
export function weakDimensions(check: SelfCheck, threshold: number): SelfCheckDimension[] {
  return SELF_CHECK_DIMENSIONS.filter((d) => check[d] < threshold);
}

/** One phase of the execution plan (执行方案): what, who, from when to when. */
export const planPhaseSchema = z
  .strictObject({
    name: required(200),
    owner: line(100),
    start: isoDate,
    end: isoDate,
    deliverable: line(500),
  })
  .superRefine((p, ctx) => {
    if (p.end < p.start) addCustomIssue(ctx, 'proposal.phase_end_before_start', ['end']);
  });
export type PlanPhase = z.infer<typeof planPhaseSchema>;
