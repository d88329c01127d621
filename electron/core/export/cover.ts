import { ImageRun, Paragraph } from 'docx';
import type { ExportSnapshot } from '@shared/export';
import type { BrandingAssets } from '../repos/branding';
import { docFormat } from '@shared/export/document/format';
import type { DocLabels } from '@shared/export/document/labels';
import { keyValueTable, type Row } from './table-kit';
import { STYLE, type Theme } from './theme';
import { pageBreak, paragraph, run, type Xml } from './wml';

/** The logo's box on the cover, in pixels at 96 dpi (docx's unit): about 6 × 2.5 cm. */
const LOGO_BOX = { width: 227, height: 94 };

export function fitLogo(width: number, height: number, box = LOGO_BOX): { width: number; height: number } {
  const scale = Math.min(box.width / width, box.height / height, 1);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export interface CoverInput {
  snapshot: ExportSnapshot;
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

/**
 * The logo's paragraph, written by docx: the image is a media part with its relationship, which
 * docx numbers and packs (see pack.ts). Null without a logo.
 */
export function coverLogo(branding: BrandingAssets, agencyName: string): Paragraph | null {
  if (!branding.logo) return null;
  return new Paragraph({
    children: [
      new ImageRun({
        type: branding.logo.mimeType === 'image/png' ? 'png' : 'jpg',
        data: branding.logo.bytes,
        transformation: fitLogo(branding.logo.width, branding.logo.height),
        // A fixed id: docx would otherwise count ids across every document this process builds.
        altText: { id: '1', name: 'Logo', title: agencyName, description: agencyName },
      }),
    ],
  });
}

/** Under the logo: the agency, the title, who it is for, and the facts (date, version, owner, validity). */
export function cover({
  snapshot,
  agencyName,
  labels,
  theme,
  kindLabel,
  title,
  draft,
  internal = false,
}: CoverInput): Xml[] {
  const fmt = docFormat(snapshot.language, snapshot.quote.currency);
  const out: Xml[] = [
    paragraph({ spacing: { after: 1800 } }, run(agencyName, { bold: true, size: 28, color: theme.primary })),
    paragraph({ style: STYLE.coverSub }, run(kindLabel)),
    // A draft says so in large type where the reader looks first, besides every page's header.
    ...(draft ? [paragraph({}, run(labels.draftMark, { bold: true, color: 'C00000', size: 36 }))] : []),
    paragraph({ style: STYLE.cover }, run(title)),
    paragraph(
      { style: STYLE.coverSub, spacing: { after: 1200 } },
      run(`${labels.preparedFor}${labels.colon}${snapshot.client.name}`),
    ),
  ];
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
  out.push(pageBreak({ align: 'left' }));
  return out;
}
