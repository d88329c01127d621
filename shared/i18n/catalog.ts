import { sharedEn } from './en';
import { LANGS, type Lang, type LocalizedText } from './lang';
import { sharedZhCN, type SharedCatalog } from './zh-CN';

/** The core's and shared/'s catalogue per UI language: the one home of their texts (issue 16). */
export const sharedCatalogs: Record<Lang, SharedCatalog> = { 'zh-CN': sharedZhCN, en: sharedEn };

type Section = keyof SharedCatalog;

/** One text of a section in every language, for the places that carry a LocalizedText. */
export function localized<S extends Section>(section: S, key: keyof SharedCatalog[S]): LocalizedText {
  return Object.fromEntries(
    LANGS.map((lang) => [lang, (sharedCatalogs[lang][section] as Record<typeof key, string>)[key]]),
  ) as LocalizedText;
}

/** A whole section as key → LocalizedText (the shape the message maps of shared/validation use). */
export function localizedSection<S extends Section>(section: S): Record<keyof SharedCatalog[S], LocalizedText> {
  const keys = Object.keys(sharedZhCN[section]) as (keyof SharedCatalog[S])[];
  return Object.fromEntries(keys.map((k) => [k, localized(section, k)])) as Record<
    keyof SharedCatalog[S],
    LocalizedText
  >;
}
