import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract, type CallName } from '@shared/contract';
import { AUDITED_CALLS } from '@shared/contract/audited';
import { sharedCatalogs } from '@shared/i18n/catalog';
import type { LocalizedText } from '@shared/i18n/lang';
import { LOSS_REASONS } from '@shared/proposal/workflow';
import { quoteFlagMessages } from '@shared/quote/messages';
import { validate } from '@shared/validation';
import { customMessages } from '@shared/validation/messages';
import { coreMessages } from '../../electron/core/errors';
import { EVIDENCE_PROBLEM_WORDS, SCHEMA_TYPE_WORDS, SOURCE_WORDS } from '../../electron/core/integrity/messages';
import { FUZZ_EXAMPLES } from '../integration/support/fuzz-examples';

// The renderer's catalogues are outside this project's type check (tsconfig.web.json has them).
const renderer = new URL('../../renderer/src/i18n/index.ts', import.meta.url).href;
const { catalogs } = (await import(renderer)) as { catalogs: Record<'zh-CN' | 'en', Record<string, unknown>> };

/** Every string of a nested catalogue, with its key path. */
function* flat(o: unknown, path: string[] = []): Generator<[string, string]> {
  if (typeof o === 'string') yield [path.join('.'), o];
  else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) yield* flat(v, [...path, k]);
}

/** The texts of the LocalizedText maps of the core and shared/, split by language. */
function pairs(maps: Record<string, Record<string, LocalizedText>>) {
  const zh: [string, string][] = [];
  const en: [string, string][] = [];
  for (const [name, map] of Object.entries(maps))
    for (const [key, text] of Object.entries(map)) {
      zh.push([`${name}.${key}`, text['zh-CN']]);
      en.push([`${name}.${key}`, text.en]);
    }
  return { zh, en };
}

const coreAndShared = pairs({
  custom: customMessages,
  core: coreMessages,
  flags: quoteFlagMessages,
  sources: SOURCE_WORDS,
  schemaTypes: SCHEMA_TYPE_WORDS,
  evidence: EVIDENCE_PROBLEM_WORDS,
});

/** Both languages' texts: the renderer's catalogues, the shared/core catalogue and message maps. */
const TEXTS = {
  'zh-CN': [...flat(catalogs['zh-CN']), ...flat(sharedCatalogs['zh-CN']), ...coreAndShared.zh],
  en: [...flat(catalogs.en), ...flat(sharedCatalogs.en), ...coreAndShared.en],
};

/** Placeholders ({{n}}, {name}) are not words a person reads. */
const withoutPlaceholders = (s: string) => s.replace(/\{\{?\w+\}?\}/g, '');

/**
 * A field key or code as the code writes it: camelCase (`taxPercent`) or snake_case
 * (`account_lead`). Paths, file names and URLs around it (docs/team-server.md) are not words.
 */
const RAW_KEY = /(?<![\w./{#-])(?:[a-z]+[A-Z][A-Za-z0-9]*|[a-z0-9]+_[a-z0-9_]+)(?![\w/}])/g;

/**
 * The texts that name a code on purpose, each because the person must type or find exactly it:
 * the market CSV's column names (the file's header row), the setupUrl field of the team server's
 * log, and PostgreSQL's own commands.
 */
const NAMES_CODE_ON_PURPOSE = new Set(['dataSafety.csvImportHint', 'token.teamBody', 'core.error.team_file_only']);

function rawKeys(text: string): string[] {
  return withoutPlaceholders(text).match(RAW_KEY) ?? [];
}

describe('no field key or code in a text a person reads (issue 15)', () => {
  it('in every text of both catalogues', () => {
    const found: string[] = [];
    for (const lang of ['zh-CN', 'en'] as const)
      for (const [key, text] of TEXTS[lang])
        if (!NAMES_CODE_ON_PURPOSE.has(key) && rawKeys(text).length > 0)
          found.push(`${lang} ${key}: ${rawKeys(text).join(', ')}`);
    expect(found).toEqual([]);
  });

  it('detects a raw key (the rule itself can fail)', () => {
    expect(rawKeys('人数（headcount）不能为负数')).toEqual([]);
    expect(rawKeys('taxPercent must not exceed 100')).toEqual(['taxPercent']);
    expect(rawKeys('expected one of "account_lead"|"finance"')).toEqual(['account_lead']);
    expect(rawKeys('人数不能为负数 {label}')).toEqual([]);
  });

  /** Every path of an example call, so a bad value can be put at any field at any depth. */
  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (value === null || typeof value !== 'object') return [prefix];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  function put(example: unknown, path: (string | number)[], value: unknown, op: 'set' | 'delete' | 'extra'): unknown {
    if (path.length === 0) return op === 'extra' ? { ...(example as object), zzUnknown: 1 } : value;
    const copy = structuredClone(example) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (op === 'delete') delete node[last];
    else if (op === 'extra') node[last] = { zzUnknown: 1 };
    else node[last] = value;
    return copy;
  }
  /** The wrong values a form or a hand-made request sends: wrong types, empty, long, negative, odd. */
  const BAD: unknown[] = ['', 'x'.repeat(20_001), 'not_a_code', -1, 1.5, 1e12, true, null, [], {}, ['x'], '2026-13-45'];

  it('in every refusal of every call of the contract, in both languages', () => {
    const found = new Map<string, string>();
    let refusals = 0;
    for (const name of Object.keys(contract) as CallName[]) {
      const example = FUZZ_EXAMPLES[name];
      for (const path of paths(example)) {
        const variants = [
          ...BAD.map((v) => put(example, path, v, 'set')),
          put(example, path, undefined, 'delete'),
          put(example, path, undefined, 'extra'),
        ];
        for (const args of variants) {
          const result = validate(contract[name].args, args);
          if (result.ok) continue;
          for (const issue of result.issues) {
            refusals++;
            for (const lang of ['zh-CN', 'en'] as const) {
              const text = issue.message[lang];
              const problem =
                text.trim() === ''
                  ? 'empty'
                  : /\{\w+\}/.test(text)
                    ? 'unfilled placeholder'
                    : rawKeys(text).length > 0
                      ? `raw key ${rawKeys(text).join(', ')}`
                      : lang === 'zh-CN' && !/[\u4e00-\u9fff]/.test(text)
                        ? 'no Chinese'
                        : lang === 'en' && /[\u4e00-\u9fff]/.test(withoutInput(text, args))
                          ? 'Chinese in English'
                          : null;
              if (problem) found.set(`${issue.code} ${lang}: ${text}`, `${problem} (${name} ${issue.path.join('.')})`);
            }
          }
        }
      }
    }
    expect(refusals).toBeGreaterThan(1000);
    expect([...found].map(([text, why]) => `${why}: ${text}`)).toEqual([]);
  }, 120_000);
});

/** A message may quote what was typed (a client's name): that is not the message's own language. */
function withoutInput(text: string, args: unknown): string {
  let out = text;
  for (const [, value] of flat(args)) if (value.length > 0) out = out.split(value).join('');
  return out;
}

describe('punctuation belongs to its language (issue 15)', () => {
  const FULL_WIDTH = /[，。：；（）！？【】「」『』、]/;
  it('English has no full-width punctuation', () => {
    const found = TEXTS.en.filter(([, text]) => FULL_WIDTH.test(text)).map(([k, t]) => `${k}: ${t}`);
    expect(found).toEqual([]);
  });

  /** ASCII , : ; ( ) ! ? touching a Chinese character: Chinese text takes the full-width mark. */
  const HALF_BY_CJK = /[\u4e00-\u9fff][,:;()!?]|[,:;()!?][\u4e00-\u9fff]/;
  it('Chinese uses full-width punctuation next to Chinese text', () => {
    const found = TEXTS['zh-CN']
      // An address keeps its ASCII colon (https://主机名:端口).
      .filter(([, text]) => HALF_BY_CJK.test(withoutPlaceholders(text).replace(/\S*:\/\/\S*/g, '')))
      .map(([k, t]) => `${k}: ${t}`);
    expect(found).toEqual([]);
  });

  it('the rules can fail', () => {
    expect(FULL_WIDTH.test('Churn warnings：')).toBe(true);
    expect(HALF_BY_CJK.test('流失预警:')).toBe(true);
    expect(HALF_BY_CJK.test('流失预警：')).toBe(false);
  });
});

describe('the audit trail names every action and object (issue 15)', () => {
  const key = (call: string) => call.replace(/\./g, '_');
  it('every call the log can name has words in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const actions = (catalogs[lang].audit as { actions: Record<string, string> }).actions;
      const missing = AUDITED_CALLS.filter((call) => !actions[key(call)]);
      expect(missing, lang).toEqual([]);
    }
    // The log's rows come from these calls: the dispatcher writes the call's name as the action.
    expect(AUDITED_CALLS).toContain('proposals.send');
    expect(AUDITED_CALLS).toContain('export.versionDocx');
    expect(AUDITED_CALLS).not.toContain('quotes.list');
  });

  it('every kind of object a handler writes to the log has a name in both languages', () => {
    const kinds = new Set<string>();
    const files = readdirSync(new URL('../../electron', import.meta.url), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(new URL(`../../electron/${file}`, import.meta.url), 'utf8');
      for (const m of text.matchAll(/\bentity: '(\w+)'/g)) kinds.add(m[1]!);
    }
    expect(kinds.size).toBeGreaterThan(15);
    for (const lang of ['zh-CN', 'en'] as const) {
      const names = (catalogs[lang].audit as { kinds: Record<string, string> }).kinds;
      expect(
        [...kinds].filter((k) => !names[k]),
        lang,
      ).toEqual([]);
    }
  });
});

describe('one list of loss reasons (issue 15)', () => {
  it('is worded once, in the catalogue’s lossReasons, for every reason the workflow knows', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const homes: string[] = [];
      const walk = (o: unknown, path: string[]) => {
        if (!o || typeof o !== 'object') return;
        const keys = Object.keys(o);
        if (LOSS_REASONS.some((r) => r.includes('_') && keys.includes(r))) homes.push(path.join('.'));
        for (const [k, v] of Object.entries(o)) walk(v, [...path, k]);
      };
      walk(catalogs[lang], []);
      expect(homes, lang).toEqual(['lossReasons']);
      expect(Object.keys(catalogs[lang].lossReasons as object).sort()).toEqual([...LOSS_REASONS].sort());
    }
  });
});
