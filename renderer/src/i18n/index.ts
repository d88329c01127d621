import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@shared/i18n/lang';
import { en } from './en';
import { zhCN, type Catalog } from './zh-CN';

export const catalogs: Record<Lang, Catalog> = { 'zh-CN': zhCN, en };

/** Both catalogues are bundled, so initialisation is synchronous: no flash of untranslated keys. */
export function initI18n(lang: Lang): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: lang,
    fallbackLng: false,
    initAsync: false,
    // React escapes on its own.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
