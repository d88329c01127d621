import { AlignmentType, ImageRun, PageBreak, Paragraph, TextRun, type FileChild } from 'docx';
import type { ExportSnapshot } from '@shared/export';
import type { BrandingAssets } from '../repos/branding';
import { docFormat } from '@shared/export/document/format';
import type { DocLabels } from '@shared/export/document/labels';
import { keyValueTable, type Row } from './table-kit';
import { STYLE, type Theme } from './theme';

/** The logo's box on the cover, in pixels at 96 dpi (docx's unit): about 6 × 2.5 cm. */
const LOGO_BOX = { width: 227, height: 94 };

export function fitLogo(width: number, height: number, box = LOGO_BOX): { width: number; height: number } {
  const scale = Math.min(box.width / width, box.height / height, 1);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export interface CoverInput {
  snapshot: ExportSnapshot;
  branding: BrandingAssets;
  agencyName: string;
  labels: DocLabels;
  theme: Theme;
  /** 提案 / 报价单 / 财务核算表 */
  kindLabel: string;
  title: string;
  /** A draft says so where the version would be. */
  draft: boolean;
  /** The internal finance sheet: the snapshot's number is the quote's revision, not a sent version. */
  internal?: boolean;
}

/** Logo and agency, the title, who it is for, and the facts (date, version, owner, validity). */
export function cover({
  snapshot,
  branding,
  agencyName,
  labels,
  theme,
  kindLabel,
  title,
  draft,
  internal = false,
}: CoverInput): FileChild[] {
  const fmt = docFormat(snapshot.language, snapshot.quote.currency);
  const out: FileChild[] = [];
  if (branding.logo) {
    out.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: branding.logo.mimeType === 'image/png' ? 'png' : 'jpg',
            data: branding.logo.bytes,
            transformation: fitLogo(branding.logo.width, branding.logo.height),
            // A fixed id: docx would otherwise count ids across every document this process builds.
            altText: { id: '1', name: 'Logo', title: agencyName, description: agencyName },
          }),
        ],
      }),
    );
  }
  out.push(
    new Paragraph({
      spacing: { after: 1800 },
      children: [new TextRun({ text: agencyName, bold: true, size: 28, color: theme.primary })],
    }),
    new Paragraph({ style: STYLE.coverSub, children: [new TextRun(kindLabel)] }),
    // A draft says so in large type where the reader looks first, besides every page's header.
    ...(draft
      ? [new Paragraph({ children: [new TextRun({ text: labels.draftMark, bold: true, color: 'C00000', size: 36 })] })]
      : []),
    new Paragraph({ style: STYLE.cover, children: [new TextRun(title)] }),
    new Paragraph({
      style: STYLE.coverSub,
      spacing: { after: 1200 },
      children: [new TextRun(`${labels.preparedFor}${labels.colon}${snapshot.client.name}`)],
    }),
  );
  const rows: Row[] = [
    { cells: [labels.preparedBy, agencyName] },
    { cells: [labels.date, fmt.date(snapshot.date)] },
    internal
      ? { cells: [labels.revision, String(snapshot.version)] }
      : { cells: [labels.version, draft ? labels.draftVersion : `V${snapshot.version}`] },
  ];
  if (snapshot.owner) rows.push({ cells: [labels.owner, snapshot.owner.name] });
  if (snapshot.quote.validUntil) rows.push({ cells: [labels.validUntil, fmt.date(snapshot.quote.validUntil)] });
  out.push(keyValueTable(theme, rows, [0.3, 0.7]));
  out.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new PageBreak()] }));
  return out;
}
