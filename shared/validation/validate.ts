import type * as z from 'zod';
import { LANGS, type Lang, type LocalizedText } from '../i18n/lang';
import { customMessages } from './messages';
import { fillTemplate, type FillVar } from '../i18n/fill';
import { zodIssueWords } from './zod-words';

export type IssuePath = (string | number)[];
export interface FieldIssue {
  path: IssuePath;
  code: string;
  message: LocalizedText;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; issues: FieldIssue[] };

/** The error map that words zod's issues and our catalogue's in one language (forms use it live). */
export function errorMapFor(lang: Lang): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.code === 'custom') {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      const key = params.key;
      // A field's name among the variables is worded per language: filled in the message's own.
      if (typeof key === 'string' && customMessages[key])
        return fillTemplate(customMessages[key][lang], params as Record<string, FillVar>, lang);
    }
    // A missing field reads better as "required" than as a type mismatch with undefined.
    if (issue.code === 'invalid_type' && issue.input === undefined) return customMessages['common.required']![lang];
    return zodIssueWords(issue, lang);
  };
}
const errorMaps = Object.fromEntries(LANGS.map((l) => [l, errorMapFor(l)])) as Record<Lang, z.core.$ZodErrorMap>;

function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') {
    const key = (issue.params as Record<string, unknown> | undefined)?.key;
    if (typeof key === 'string') return key;
  }
  return issue.code;
}

/**
 * Parse with every issue worded in every UI language. The happy path parses once; only a refusal
 * parses again per language, which keeps zod's own wording (and our catalogue's) for each.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const first = schema.safeParse(input, { error: errorMaps[LANGS[0]] });
  if (first.success) {
    const nul = nulCharPath(first.data, []);
    if (nul)
      return {
        ok: false,
        issues: [{ path: nul, code: 'common.nul_char', message: customMessages['common.nul_char']! }],
      };
    return { ok: true, data: first.data };
  }
  const perLang = LANGS.map((lang, i) =>
    i === 0 ? first.error.issues : (schema.safeParse(input, { error: errorMaps[lang] }).error?.issues ?? []),
  );
  const issues = first.error.issues.map((issue, i) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: issueCode(issue),
    message: Object.fromEntries(
      LANGS.map((lang, l) => [lang, perLang[l]?.[i]?.message ?? issue.message]),
    ) as LocalizedText,
  }));
  return { ok: false, issues };
}

/**
 * The path of the first string holding a NUL character, if any. No text a person types contains
 * one, SQLite would store it but cut it short in places, and PostgreSQL refuses it outright: one
 * refusal here, the same on every engine and every path.
 */
function nulCharPath(value: unknown, path: IssuePath): IssuePath | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulCharPath(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const found = nulCharPath(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}

/** Raise one of our own catalogue's issues from a superRefine/check. */
export function addCustomIssue(
  ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void },
  key: string,
  path: IssuePath = [],
  vars: Record<string, string | number | LocalizedText> = {},
  input?: unknown,
): void {
  ctx.addIssue({ code: 'custom', path, params: { key, ...vars }, input });
}
