import type { DocumentKind } from './build';
import { DOC_LABELS } from '@shared/export/document/labels';
import type { Lang } from '@shared/i18n/lang';

/**
 * "提案-星河乳业-2027 品牌发布会-V1-2026-05-01.docx": what it is, for whom, which, when. A draft is
 * "草稿-提案-星河乳业-2027 品牌发布会-2026-05-01.docx": marked first, and no version number.
 */
export function exportFileName(
  kind: DocumentKind,
  p: { title: string; client: string; version: number; date: string; language: Lang; draft?: boolean },
  extension: 'docx' | 'pdf',
): string {
  const labels = DOC_LABELS[p.language];
  const kindLabel = { proposal: labels.proposal, quote: labels.quotation, financeSheet: labels.financeSheet }[kind];
  const clean = (s: string) =>
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 60);
  const name = [kindLabel, p.client, p.title].map(clean).join('-');
  if (p.draft) return `${labels.draftFilePrefix}-${name}-${p.date}.${extension}`;
  // The finance sheet is numbered by the quote's revision: it must not look like a sent version.
  if (kind === 'financeSheet') return `${name}-${labels.revisionTag(p.version)}-${p.date}.${extension}`;
  return `${name}-V${p.version}-${p.date}.${extension}`;
}
