/**
 * The client type matrix (客户的类型及其服务对策, DOMAIN.md §4): character (人品) × professionalism
 * (专业性), high or low each, gives four named types, each with its service stance.
 */
export const LEVELS = ['high', 'low'] as const;
export type Level = (typeof LEVELS)[number];

export const CLIENT_TYPES = ['quality', 'potential', 'second_best', 'poor'] as const;
export type ClientType = (typeof CLIENT_TYPES)[number];

/** Unknown until both axes are judged: a half-judged client has no type yet. */
export function clientTypeOf(character: Level | null, professionalism: Level | null): ClientType | null {
  if (character === null || professionalism === null) return null;
  if (character === 'high') return professionalism === 'high' ? 'quality' : 'potential';
  return professionalism === 'high' ? 'second_best' : 'poor';
}
