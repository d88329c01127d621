import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { DocLabels } from '@shared/export/document/labels';
import { TEXT_WIDTH } from './table-kit';
import type { Theme } from './theme';

/** The marks above the header line, right-aligned in red: 内部资料 on the finance sheet, 草稿 on a draft. */
function markParagraphs(marks: readonly string[]): Paragraph[] {
  return marks.map(
    (mark) =>
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: mark, bold: true, color: 'C00000', size: 18 })],
      }),
  );
}

/** Agency left, document title right; the marks (internal, draft) on every page. */
export function pageHeader(agencyName: string, title: string, theme: Theme, marks: readonly string[] = []): Header {
  const children = [
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: 'single', size: 4, color: theme.primary, space: 4 } },
      children: [
        new TextRun({ text: agencyName, bold: true, color: theme.primary, size: 17 }),
        new TextRun({ text: `\t${title}`, color: theme.muted, size: 17 }),
      ],
    }),
  ];
  return new Header({ children: [...markParagraphs(marks), ...children] });
}

/** 第 n 页 / 共 m 页, centred. */
export function pageFooter(labels: DocLabels, theme: Theme): Footer {
  const [before, between, after] = labels.pageParts;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            color: theme.muted,
            size: 16,
            children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after],
          }),
        ],
      }),
    ],
  });
}

/** The cover's header: empty, or the marks alone (the cover page is a page too). */
export function coverHeader(marks: readonly string[] = []): Header {
  return new Header({ children: marks.length > 0 ? markParagraphs(marks) : [new Paragraph({ children: [] })] });
}
