import type { IStylesOptions } from 'docx';
import type { Branding } from '@shared/contract';

/**
 * How the agency's documents look: fonts and colours from its branding, as Word styles. The East
 * Asian font is set on every style that names a font, so Chinese text never falls back to a font
 * without CJK glyphs (the boxes of "tofu"); w:lang eastAsia = zh-CN lets Word pick CJK metrics.
 */
export interface Theme {
  primary: string;
  /** A light tint of the primary colour, for zebra rows and totals. */
  tint: string;
  border: string;
  muted: string;
  fonts: { ascii: string; hAnsi: string; eastAsia: string; cs: string };
}

/** Mix a hex colour with white: amount 0 = the colour, 1 = white. */
function tintOf(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  return [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)]
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

export function themeOf(branding: Branding): Theme {
  const primary = branding.primaryColor.replace('#', '').toUpperCase();
  return {
    primary,
    tint: tintOf(branding.primaryColor, 0.88),
    border: 'BFC5CC',
    muted: '5F6B76',
    fonts: {
      ascii: branding.latinFont,
      hAnsi: branding.latinFont,
      eastAsia: branding.eastAsiaFont,
      cs: branding.latinFont,
    },
  };
}

/** Our own paragraph styles, beside Word's built-in ones. */
export const STYLE = {
  cover: 'WbCoverTitle',
  coverSub: 'WbCoverSubtitle',
  tableText: 'WbTableText',
  /** A table's header row: bold, white on the brand colour (the cell's shading). */
  tableHead: 'WbTableHead',
  /** Subtotal and total rows. */
  tableStrong: 'WbTableStrong',
  note: 'WbNote',
  contentsTitle: 'WbContentsTitle',
} as const;

const HALF_POINTS = (pt: number) => Math.round(pt * 2);

/**
 * The styles: Word's Normal and Heading 1–3 from the branding, unless the agency's own template
 * supplies them (useTemplate), and our few own styles in either case. With a template, ours name
 * no font, so they inherit the house style's.
 */
export function stylesOf(theme: Theme, useTemplate: boolean): IStylesOptions {
  const font = useTemplate ? undefined : theme.fonts;
  const own: IStylesOptions['paragraphStyles'] = [
    {
      id: STYLE.cover,
      name: 'Cover Title',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font, size: HALF_POINTS(26), bold: true, color: theme.primary },
      paragraph: { spacing: { before: 240, after: 240, line: 360 } },
    },
    {
      id: STYLE.coverSub,
      name: 'Cover Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font, size: HALF_POINTS(14), color: theme.muted },
      paragraph: { spacing: { after: 120 } },
    },
    {
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      run: { font, size: HALF_POINTS(9) },
      paragraph: { spacing: { before: 20, after: 20, line: 260 } },
    },
    {
      id: STYLE.tableHead,
      name: 'Table Header',
      basedOn: STYLE.tableText,
      run: { bold: true, color: 'FFFFFF' },
    },
    {
      id: STYLE.tableStrong,
      name: 'Table Total',
      basedOn: STYLE.tableText,
      run: { bold: true },
    },
    {
      id: STYLE.note,
      name: 'Note',
      basedOn: 'Normal',
      run: { font, size: HALF_POINTS(9.5), color: theme.muted },
      paragraph: { spacing: { after: 80 }, indent: { left: 240 } },
    },
    {
      id: STYLE.contentsTitle,
      name: 'Contents Title',
      basedOn: 'Normal',
      run: { font, size: HALF_POINTS(16), bold: true, color: theme.primary },
      paragraph: { spacing: { after: 240 } },
    },
  ];
  if (useTemplate) return { paragraphStyles: own };
  const heading = (pt: number, color: string, before: number) => ({
    run: { font, size: HALF_POINTS(pt), bold: true, color },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: {
          font,
          size: HALF_POINTS(10.5),
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
        paragraph: { spacing: { after: 100, line: 312 } },
      },
      heading1: heading(16, theme.primary, 360),
      heading2: heading(13, theme.primary, 280),
      heading3: heading(11, '262626', 200),
      title: { run: { font, size: HALF_POINTS(26), bold: true, color: theme.primary } },
    },
    paragraphStyles: own,
  };
}
