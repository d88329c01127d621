import { AlignmentType, Document, LevelFormat } from 'docx';
import { PROPOSAL_SECTION_KEYS, sectionBlocks, type ExportSnapshot, type ProposalSection } from '@shared/export';
import type { BrandingAssets } from '../repos/branding';
import { NUMBERED_LIST, renderBlocks, type BlockContext } from './blocks';
import { BodyWriter, BULLET_NUM_ID, contentsXml } from './body';
import { cover, coverLogo } from './cover';
import { DOC_LABELS, type DocLabels } from '@shared/export/document/labels';
import { coverHeader, pageFooter, pageHeader } from './page-frame';
import { docFormat } from '@shared/export/document/format';
import { quoteChapters } from './quote-part';
import { dataTable, spacer, type Row } from './table-kit';
import { stylesOf, STYLE, themeOf, type Theme } from './theme';
import { pruneStyles, stylesProblem, stylesXmlOf } from './template';
import { bodySlot, type Built as BuiltDocument } from './pack';
import { pageBreak, paragraph, run, type Xml } from './wml';

export const DOCUMENT_KINDS = ['proposal', 'quote', 'financeSheet'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentInput {
  snapshot: ExportSnapshot;
  branding: BrandingAssets;
  kind: DocumentKind;
  /**
   * Not a sent version: 草稿 / DRAFT in the header of every page (the cover's too) and on the cover
   * instead of a version number. Only a frozen version renders without it.
   */
  draft?: boolean;
}

interface Built {
  labels: DocLabels;
  theme: Theme;
  blocks: BlockContext;
}

function contents(labels: DocLabels, body: BodyWriter): Xml[] {
  return [
    paragraph({ style: STYLE.contentsTitle }, run(labels.contents)),
    // The sections, each a link to its heading, without page numbers, and written clean: Word shows
    // it as written and never asks the client to update fields (see contentsXml).
    contentsXml(labels.contents, body.contents),
    pageBreak(),
  ];
}

function notes(section: ProposalSection, labels: DocLabels): Xml[] {
  if (!section.notes || section.notes.length === 0) return [];
  return [
    paragraph({ keepNext: true }, run(labels.notes, { bold: true })),
    ...section.notes.flatMap((n) => [
      paragraph({ style: 'ListParagraph', keepNext: true, numId: BULLET_NUM_ID }, run(n.point, { bold: true })),
      paragraph({ style: STYLE.note }, run(`${labels.rationale}${labels.colon}`, { bold: true }) + run(n.rationale)),
    ]),
  ];
}

/** The seven sections, in order; section 4 (花费) carries the quote. */
function proposalBody(snapshot: ExportSnapshot, b: Built): Xml[] {
  const byKey = new Map((snapshot.proposal?.sections ?? []).map((s) => [s.key, s]));
  return PROPOSAL_SECTION_KEYS.flatMap((key, i) => {
    const section = byKey.get(key) ?? { key };
    const blocks = sectionBlocks(section);
    const out: Xml[] = [
      b.blocks.body.headingText(1, `${b.labels.sectionNumber(i)}${b.labels.sectionTitles[key]}`, {
        pageBreakBefore: key === 'cost',
      }),
      ...renderBlocks(blocks, b.blocks),
    ];
    if (blocks.length === 0 && key !== 'cost') out.push(paragraph({ style: STYLE.note }, run(b.labels.noContent)));
    out.push(...notes(section, b.labels));
    if (key === 'cost') {
      out.push(...quoteChapters({ ...b.blocks, labels: b.labels, snapshot, internal: false, level: 2 }));
      out.push(...paymentTermsPart(snapshot, b));
    }
    return out;
  });
}

/** A won proposal's payment plan (付款条件), after the quote in the cost section. */
function paymentTermsPart(snapshot: ExportSnapshot, b: Built): Xml[] {
  const terms = snapshot.paymentTerms;
  if (!terms || terms.length === 0) return [];
  const fmt = docFormat(snapshot.language, snapshot.quote.currency);
  const rows: Row[] = terms.map((m) => ({ cells: [m.label, m.percent ?? '—', m.due, fmt.money(m.amount)] }));
  rows.push({
    cells: [b.labels.paymentTermsTotal, '', '', fmt.money(terms.reduce((s, m) => s + m.amount, 0))],
    emphasis: true,
  });
  return [
    b.blocks.body.headingText(2, b.labels.paymentTerms),
    dataTable(
      b.theme,
      [
        { header: b.labels.paymentMilestone, share: 0.3 },
        { header: b.labels.paymentShare, share: 0.15, align: 'end' },
        { header: b.labels.paymentDue, share: 0.3 },
        { header: b.labels.amount, share: 0.25, align: 'end' },
      ],
      rows,
    ),
    spacer(),
  ];
}

function titleOf(input: DocumentInput): string {
  return input.kind === 'proposal' && input.snapshot.proposal
    ? input.snapshot.proposal.title
    : input.snapshot.quote.title;
}

/**
 * The whole document, from the snapshot and the branding alone: no clock, no database, no
 * randomness (ids that docx would count across documents are fixed here or in pack.ts).
 */
export function buildDocument(input: DocumentInput): BuiltDocument {
  const { snapshot, branding, kind } = input;
  const labels = DOC_LABELS[snapshot.language];
  const theme = themeOf(branding);
  const writer = new BodyWriter();
  const built: Built = { labels, theme, blocks: { theme, body: writer } };
  const internal = kind === 'financeSheet';
  const marks = [...(internal ? [labels.internalMark] : []), ...(input.draft ? [labels.draftMark] : [])];
  const title = titleOf(input);
  const kindLabel = { proposal: labels.proposal, quote: labels.quotation, financeSheet: labels.financeSheet }[kind];
  const agencyName = snapshot.agency.name;
  const stored = branding.useTemplateStyles && branding.template ? stylesXmlOf(branding.template.bytes) : null;
  // A template accepted before the upload bounds existed (or frozen with a version) that breaks
  // them is left out: the document takes the branding's own styles instead of failing or hanging.
  // Pruned at upload; pruned again here for a template stored before that (a no-op otherwise).
  const templateStyles = stored !== null && stylesProblem(stored) === null ? pruneStyles(stored) : null;
  const body =
    kind === 'proposal'
      ? proposalBody(snapshot, built)
      : quoteChapters({ ...built.blocks, labels, snapshot, internal, level: 1 });
  const logo = coverLogo(branding, agencyName);
  const frame = new Document({
    creator: agencyName,
    lastModifiedBy: agencyName,
    title,
    subject: `${kindLabel} · ${snapshot.client.name}`,
    description: input.draft
      ? `${kindLabel} ${labels.draftVersion}`
      : internal
        ? `${kindLabel} ${labels.revision} ${snapshot.version}`
        : `${kindLabel} V${snapshot.version}`,
    revision: snapshot.version,
    ...(templateStyles ? { externalStyles: templateStyles } : {}),
    styles: stylesOf(theme, templateStyles !== null),
    numbering: {
      config: [
        {
          reference: NUMBERED_LIST,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 420, hanging: 420 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        headers: { first: coverHeader(marks), default: pageHeader(agencyName, title, theme, marks) },
        footers: { default: pageFooter(labels, theme) },
        // The logo (a media part docx packs), then the slot the body written below goes into.
        children: [...(logo ? [logo] : []), bodySlot()],
      },
    ],
  });
  // The contents come before the body but list its headings: the body is written first.
  const xml = [
    ...cover({ snapshot, agencyName, labels, theme, kindLabel, title, draft: input.draft === true, internal }),
    ...contents(labels, writer),
    ...body,
  ].join('');
  return { frame, body: xml, numberedLists: writer.numberedLists };
}
