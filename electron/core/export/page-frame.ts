import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { DocLabels } from '@shared/export/document/labels';
import { TEXT_WIDTH } from './table-kit';
import type { Theme } from './theme';

/** Agency left, document title right; the internal mark on every page of the finance sheet. */
export function pageHeader(agencyName: string, title: string, theme: Theme, internalMark?: string): Header {
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
  if (internalMark)
    children.unshift(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: internalMark, bold: true, color: 'C00000', size: 18 })],
      }),
    );
  return new Header({ children });
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

/** The cover's header: empty, or the internal mark alone. */
export function coverHeader(internalMark?: string): Header {
  return new Header({
    children: internalMark
      ? [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [new TextRun({ text: internalMark, bold: true, color: 'C00000', size: 18 })],
          }),
        ]
      : [new Paragraph({ children: [] })],
  });
}
