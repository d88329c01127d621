import type * as z from 'zod';
import { sharedCatalogs } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { fill } from './fill';

type Words = (typeof sharedCatalogs)[Lang]['zod'];

/** A bound as people read it: a date or a big number as written, never "Infinity" or a BigInt suffix. */
const bound = (v: unknown) => String(v);

function tooBig(w: Words, issue: z.core.$ZodRawIssue & { code: 'too_big' }): string {
  const max = bound(issue.maximum);
  if (issue.origin === 'string') return fill(w.textMax, { max });
  if (issue.origin === 'array' || issue.origin === 'set') return fill(w.listMax, { max });
  return fill(issue.inclusive === false ? w.numberBelow : w.numberMax, { max });
}

function tooSmall(w: Words, issue: z.core.$ZodRawIssue & { code: 'too_small' }): string {
  const min = bound(issue.minimum);
  if (issue.origin === 'string') return fill(w.textMin, { min });
  if (issue.origin === 'array' || issue.origin === 'set') return fill(w.listMin, { min });
  return fill(issue.inclusive === false ? w.numberAbove : w.numberMin, { min });
}

function wrongType(w: Words, expected: string): string {
  if (expected === 'string') return w.text;
  if (expected === 'int') return w.integer;
  if (expected === 'number' || expected === 'bigint') return w.number;
  if (expected === 'boolean') return w.yesNo;
  return w.wrongForm;
}

/**
 * zod's own issues worded as sentences in one UI language (issue 15). zod's locales say
 * "expected string to have <=200 characters", "expected one of "account_lead"|"finance"" or
 * "Unrecognized key: "logo"": types, patterns and codes a person cannot act on. Every code zod
 * raises has a sentence here; none falls through to zod's wording.
 */
export function zodIssueWords(issue: z.core.$ZodRawIssue, lang: Lang): string {
  const w = sharedCatalogs[lang].zod;
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(w, String(issue.expected));
    case 'too_big':
      return tooBig(w, issue as z.core.$ZodRawIssue & { code: 'too_big' });
    case 'too_small':
      return tooSmall(w, issue as z.core.$ZodRawIssue & { code: 'too_small' });
    case 'invalid_value':
      return w.choice;
    case 'invalid_union':
      // A discriminated union refuses an unknown kind; a plain union, a value of no fitting form.
      return 'note' in issue ? w.choice : w.invalid;
    case 'unrecognized_keys':
      return w.unknownField;
    case 'invalid_format':
      return (issue as { format?: string }).format === 'email' ? w.email : w.format;
    case 'not_multiple_of':
      return fill(w.multipleOf, { divisor: bound((issue as { divisor?: unknown }).divisor) });
    default:
      return w.invalid;
  }
}
