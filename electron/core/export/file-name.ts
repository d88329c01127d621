import type { DocumentKind } from './build';
import { DOC_LABELS } from '@shared/export/document/labels';
import type { Lang } from '@shared/i18n/lang';

/** "提案-星河乳业-2027 品牌发布会-V1-2026-05-01.docx": what it is, for whom, which, when. */
export function exportFileName(
  kind: DocumentKind,
  p: { title: string; client: string; version: number; date: string; language: Lang },
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
  return `${[kindLabel, p.client, p.title].map(clean).join('-')}-V${p.version}-${p.date}.${extension}`;
}
