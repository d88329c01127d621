import * as z from 'zod';
import { divRound, formatFixed } from '../money';
import { addCustomIssue, validate, type Validated } from '../validation/validate';
import type { QuoteDefaults } from './defaults';
import {
  difficultySchema,
  discountSchema,
  itemLineSchema,
  laborLineSchema,
  makeQuoteInterchangeSchema,
  marketReferenceSchema,
  quoteInterchangeSchema,
  quoteObjectSchema,
  quoteSectionSchema,
  type QuoteInterchange,
  type QuoteLine,
} from './interchange';
import { jsonErrorOffset, lineAndColumn } from './json-syntax';

/** The largest quote file we read: 5 MB of UTF-8, far above 10,000 lines of JSON. */
export const QUOTE_FILE_MAX_BYTES = 5 * 1024 * 1024;

// Key order of each object kind, taken from the schemas: a file lists fields as the format does.
const KEYS = {
  quote: Object.keys(quoteObjectSchema.shape),
  difficulty: Object.keys(difficultySchema.shape),
  discount: Object.keys(discountSchema.shape),
  section: Object.keys(quoteSectionSchema.shape),
  labor: Object.keys(laborLineSchema.shape),
  item: Object.keys(itemLineSchema.shape),
  market: Object.keys(marketReferenceSchema.shape),
};

/** The value with only the known keys, in the given order (absent ones left out). */
function ordered<T extends object>(value: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) out[key] = field;
  }
  return out as T;
}

function orderedLine(line: QuoteLine): QuoteLine {
  const out = ordered(line, line.kind === 'labor' ? KEYS.labor : KEYS.item);
  if (line.market !== undefined) out.market = ordered(line.market, KEYS.market);
  return out;
}

/**
 * A quote as a `.json` file: two-space indented, keys in the format's order whatever order the
 * object was built in, so that two exports of the same quote are the same bytes and diff cleanly.
 * Multiplier keys "1"–"5" are integer-like, which JSON.stringify always emits in ascending order.
 */
export function serializeQuote(quote: QuoteInterchange): string {
  const out = ordered(quote, KEYS.quote);
  out.difficulty = ordered(quote.difficulty, KEYS.difficulty);
  if (quote.discount !== undefined) out.discount = ordered(quote.discount, KEYS.discount);
  out.sections = quote.sections.map((section) => {
    const s = ordered(section, KEYS.section);
    s.lines = section.lines.map(orderedLine);
    return s;
  });
  return JSON.stringify(out, null, 2) + '\n';
}

/** A refusal worded through the same catalogue and error map as every other issue. */
function refusal(key: string, vars: Record<string, string | number>): Validated<never> {
  const result = validate(
    z.unknown().superRefine((_, ctx) => addCustomIssue(ctx, key, [], vars)),
    null,
  );
  if (result.ok) throw new Error('unreachable: a refusal always refuses');
  return result;
}

/** UTF-8 length without encoding the whole text: what the 5 MB cap is about is bytes on disk. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const schemas = new WeakMap<QuoteDefaults, ReturnType<typeof makeQuoteInterchangeSchema>>();
function schemaFor(defaults: QuoteDefaults | undefined) {
  if (defaults === undefined) return quoteInterchangeSchema;
  let schema = schemas.get(defaults);
  if (!schema) {
    schema = makeQuoteInterchangeSchema(defaults);
    schemas.set(defaults, schema);
  }
  return schema;
}

/**
 * Read a quote file's text. Refusals come as issues like any validation's: `quote.file_too_large`
 * above 5 MB, `quote.invalid_json` with line and column, then the interchange schema's own. A
 * leading byte-order mark (Windows editors write one) is ignored. `defaults` are the workspace's,
 * against which a discount amount is checked (see makeQuoteInterchangeSchema).
 */
export function parseQuoteJson(text: string, options: { defaults?: QuoteDefaults } = {}): Validated<QuoteInterchange> {
  // Each UTF-16 unit is one to three bytes: only a text between max/3 and max units needs counting
  // (beyond max units, its length is reported as the size: a lower bound, and already too much).
  const length = text.length;
  const bytes = length > QUOTE_FILE_MAX_BYTES || length * 3 <= QUOTE_FILE_MAX_BYTES ? length : utf8Length(text);
  if (bytes > QUOTE_FILE_MAX_BYTES) {
    const megabyte = 1024 * 1024;
    return refusal('quote.file_too_large', {
      max: QUOTE_FILE_MAX_BYTES / megabyte,
      size: formatFixed(divRound(bytes * 10, megabyte), 1, 1),
    });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const offset = jsonErrorOffset(body);
    const { line, column } = lineAndColumn(body, offset < 0 ? body.length : offset);
    return refusal('quote.invalid_json', { line, column, position: offset < 0 ? body.length : offset });
  }
  return validate(schemaFor(options.defaults), data);
}
