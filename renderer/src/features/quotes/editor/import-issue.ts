import type { TFunction } from 'i18next';
import type { Lang } from '@shared/i18n/lang';
import type { FieldIssue } from '@shared/validation';

/**
 * A refusal of an imported quote file as a person reads it: where (section and line, counted from
 * 1) and what, never the JSON path ("sections.0.lines.2.headcount"); the message names the field.
 */
export function importIssueText(issue: FieldIssue, lang: Lang, t: TFunction): string {
  const [s, sectionIndex, l, lineIndex] = issue.path;
  const section = s === 'sections' && typeof sectionIndex === 'number' ? sectionIndex + 1 : null;
  const line = l === 'lines' && typeof lineIndex === 'number' ? lineIndex + 1 : null;
  const where =
    section === null
      ? null
      : line === null
        ? t('quoteEditor.importAtSection', { section })
        : t('quoteEditor.importAtLine', { section, line });
  return where ? `${where}${t('common.colon')}${issue.message[lang]}` : issue.message[lang];
}
