import { LANGS, type Lang, type LocalizedText } from './lang';

/** A value put into a message: the same in every language, or worded per language. */
export type FillVar = string | number | LocalizedText;

/**
 * `{name}` placeholders of one template filled from `vars` in `lang` (the core's and shared
 * catalogues' syntax; i18next's own `{{name}}` is the renderer's). A name without a value stays as
 * written, so a missing variable shows in the text rather than vanishing.
 */
export function fillTemplate(
  template: string,
  vars: Readonly<Record<string, FillVar | undefined>>,
  lang: Lang,
): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = vars[name];
    if (v === undefined) return all;
    return typeof v === 'object' ? v[lang] : String(v);
  });
}

/** A message in every language with its placeholders filled (see `fillTemplate`). */
export function fillText(text: LocalizedText, vars: Readonly<Record<string, FillVar | undefined>>): LocalizedText {
  return Object.fromEntries(LANGS.map((lang) => [lang, fillTemplate(text[lang], vars, lang)])) as LocalizedText;
}
