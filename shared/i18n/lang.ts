/** The UI languages. Simplified Chinese first: the users are Chinese agencies. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

/** A text the core says to a person, in every UI language, so either side can pick. */
export type LocalizedText = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * One text in both languages on one line, Chinese first: for readers with no language setting (the
 * team server's operator at a terminal, its command-line refusals).
 */
export function bothLanguages(text: LocalizedText): string {
  return `${text['zh-CN']} / ${text.en}`;
}
