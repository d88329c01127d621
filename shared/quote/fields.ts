import * as z from 'zod';
import { decimalProblem, MAX_SAFE, parseFixed } from '../money';
import { localized } from '../i18n/catalog';
import type { SharedCatalog } from '../i18n/zh-CN';
import { cleanText } from '../validation/clean-text';
import { addCustomIssue } from '../validation/validate';

/**
 * Field schemas of the quote interchange format. Each refusal is one of our catalogue's keys
 * (shared/quote/messages.ts) and names its field as people say it, in each language (the
 * catalogue's `fields`): never by its JSON key, which the issue's path already carries for
 * whoever fixes a file (issue 15).
 */
export type FieldName = keyof SharedCatalog['fields'];

/** The field's name as a variable: the error map fills it in each language. */
const labelOf = (name: FieldName) => ({ label: localized('fields', name) });

interface DecimalRule {
  places: number;
  /** The largest value, as written in messages ("100"). */
  max: string;
  /** Zero refused too (a multiplier or hours-per-day of 0 is meaningless). */
  positive?: boolean;
}

function decimalField(name: FieldName, rule: DecimalRule) {
  const maxScaled = parseFixed(rule.max, rule.places);
  const vars = { ...labelOf(name), places: rule.places, max: rule.max };
  return z.string().superRefine((text, ctx) => {
    const value = parseFixed(text, rule.places);
    if (Number.isNaN(value)) {
      const problem = decimalProblem(text, rule.places);
      const key =
        problem === 'too_many_places'
          ? 'quote.decimal_too_many_places'
          : problem === 'too_large'
            ? text.startsWith('-')
              ? 'quote.decimal_negative'
              : 'quote.decimal_too_large'
            : 'quote.decimal_invalid';
      addCustomIssue(ctx, key, [], vars);
    } else if (value < 0) addCustomIssue(ctx, 'quote.decimal_negative', [], vars);
    else if (rule.positive && value === 0) addCustomIssue(ctx, 'quote.decimal_not_positive', [], vars);
    else if (value > maxScaled) addCustomIssue(ctx, 'quote.decimal_too_large', [], vars);
  });
}

/** The largest quantity (headcount, days, hours, units): far beyond any real quote, and its thousandths stay exact. */
export const MAX_QUANTITY = '1000000000';

/** Headcount, days, hours, units: ≥ 0, at most 3 decimals. */
export function quantityField(name: FieldName) {
  return decimalField(name, { places: 3, max: MAX_QUANTITY });
}
/** A difficulty multiplier: > 0, ≤ 10, at most 3 decimals. */
export function multiplierField(name: FieldName) {
  return decimalField(name, { places: 3, max: '10', positive: true });
}
/** A percent: 0–100, at most 2 decimals (basis points). */
export function percentField(name: FieldName) {
  return decimalField(name, { places: 2, max: '100' });
}
/** Working hours in a person-day: > 0, ≤ 24, at most 3 decimals ("7.5"). */
export function hoursPerDayField(name: FieldName) {
  return decimalField(name, { places: 3, max: '24', positive: true });
}

/** An amount in minor units: a non-negative safe integer (1234567 = ¥12,345.67). */
export function moneyField(name: FieldName) {
  return z.number().superRefine((value, ctx) => {
    if (!Number.isInteger(value)) addCustomIssue(ctx, 'quote.money_not_integer', [], labelOf(name));
    else if (value < 0) addCustomIssue(ctx, 'quote.money_negative', [], labelOf(name));
    else if (value > MAX_SAFE) addCustomIssue(ctx, 'quote.money_too_large', [], { ...labelOf(name), max: MAX_SAFE });
  });
}

/** Text of at most `max` characters (UTF-16 units); `required` refuses blank text too. */
export function textField(name: FieldName, max: number, required: boolean) {
  // Characters no document can hold are cleaned first (shared/validation/clean-text.ts).
  return z
    .string()
    .overwrite(cleanText)
    .superRefine((text, ctx) => {
      if (required && text.trim() === '') addCustomIssue(ctx, 'quote.text_required', [], labelOf(name));
      else if (text.length > max)
        addCustomIssue(ctx, 'quote.text_too_long', [], { ...labelOf(name), max, length: text.length });
    });
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

export function dateField() {
  return z.string().superRefine((text, ctx) => {
    if (!isIsoDate(text)) addCustomIssue(ctx, 'common.invalid_date', []);
  });
}

/** A difficulty level: an integer 1–5. */
export function levelField(name: FieldName) {
  return z.number().superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < 1 || value > 5) addCustomIssue(ctx, 'quote.level_range', [], labelOf(name));
  });
}
