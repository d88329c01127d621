import type * as z from 'zod';
import { sharedCatalogs } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { fillTemplate } from '../i18n/fill';

type Words = (typeof sharedCatalogs)[Lang]['zod'];

/** A bound as people read it: a date or a big number as written, never "Infinity" or a BigInt suffix. */
const bound = (v: unknown) => String(v);

function tooBig(w: Words, issue: z.core.$ZodRawIssue & { code: 'too_big' }, lang: Lang): string {
  const max = bound(issue.maximum);
  if (issue.origin === 'string') return fillTemplate(w.textMax, { max }, lang);
  if (issue.origin === 'array' || issue.origin === 'set') return fillTemplate(w.listMax, { max }, lang);
  return fillTemplate(issue.inclusive === false ? w.numberBelow : w.numberMax, { max }, lang);
}

function tooSmall(w: Words, issue: z.core.$ZodRawIssue & { code: 'too_small' }, lang: Lang): string {
  const min = bound(issue.minimum);
  if (issue.origin === 'string') return fillTemplate(w.textMin, { min }, lang);
  if (issue.origin === 'array' || issue.origin === 'set') return fillTemplate(w.listMin, { min }, lang);
  return fillTemplate(issue.inclusive === false ? w.numberAbove : w.numberMin, { min }, lang);
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
      return tooBig(w, issue as z.core.$ZodRawIssue & { code: 'too_big' }, lang);
    case 'too_small':
      return tooSmall(w, issue as z.core.$ZodRawIssue & { code: 'too_small' }, lang);
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
      return fillTemplate(w.multipleOf, { divisor: bound((issue as { divisor?: unknown }).divisor) }, lang);
    default:
      return w.invalid;
  }
}
