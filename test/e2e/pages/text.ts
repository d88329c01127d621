import type { Lang } from '@shared/i18n/lang';

/**
 * The UI's own catalogues (renderer/src/i18n): the tests find controls by the words a user sees,
 * in either language, and stay right when a label is reworded. They are loaded at run time: the
 * renderer's files belong to the web TypeScript project, not to this one.
 */
const catalogUrl = (file: string) => new URL(`../../../renderer/src/i18n/${file}`, import.meta.url).href;
const [{ zhCN }, { en }] = (await Promise.all([import(catalogUrl('zh-CN.ts')), import(catalogUrl('en.ts'))])) as [
  { zhCN: unknown },
  { en: unknown },
];
const CATALOGS: Record<Lang, unknown> = { 'zh-CN': zhCN, en };

/** The text at a dotted key, e.g. text('en', 'nav.clients') = "Clients". A missing key throws. */
export function text(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = CATALOGS[lang];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`No text "${key}" in the ${lang} catalogue`);
  return node.replace(/\{\{(\w+)\}\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

/** Every text under a key: texts('zh-CN', 'proposals.statuses') = ['草稿', …]. */
export function texts(lang: Lang, key: string): string[] {
  let node: unknown = CATALOGS[lang];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'object' || node === null) throw new Error(`No group "${key}" in the ${lang} catalogue`);
  return Object.values(node).filter((v): v is string => typeof v === 'string');
}

/** Bound to one language, for page objects. */
export function textIn(lang: Lang) {
  return (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
}
