import type { LocalizedText } from '../i18n/lang';

/**
 * Texts of our own validation rules. A rule raises `ctx.addIssue({ code: 'custom', params: { key, ...vars } })`
 * with no message of its own; the text is looked up here at parse time in each language, and
 * `{name}` placeholders are filled from the params.
 */
export type MessageCatalog = Record<string, LocalizedText>;
