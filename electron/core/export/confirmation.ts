import { Document } from 'docx';
import type { ExportSnapshot, PaymentTerm } from '@shared/export';
import type { BrandingAssets } from '../repos/branding';
import { chineseCapitalAmount } from '@shared/export/document/chinese-capital';
import { docFormat } from '@shared/export/document/format';
import { DOC_LABELS, type LetterLabels } from '@shared/export/document/labels';
import { bodySlot, packStable, type Built } from './pack';
import { pageFooter, pageHeader } from './page-frame';
import { dataTable, keyValueTable, spacer, TEXT_WIDTH, type Row } from './table-kit';
import { stylesOf, STYLE, themeOf, type Theme } from './theme';
import { cell, paragraph, row, run, table, type Xml } from './wml';

/**
 * The quote confirmation letter (报价确认函, DOMAIN.md §7): from a sent version, what the client
 * signs and stamps — the quote summary exactly as sent, the payment terms with their amounts (which
 * sum to the total), validity, and signature and seal blocks for both sides. A pure function of
 * its input, like every document here.
 */
/** A milestone as the letter prints it: the same shape as the proposal document's terms. */
export type LetterMilestone = PaymentTerm;

export interface LetterInput {
  snapshot: ExportSnapshot;
  branding: BrandingAssets;
  milestones: LetterMilestone[];
}

/** Two side-by-side blocks, one per party: signature, name, date, and a box for the seal. */
function signatureBlocks(theme: Theme, l: LetterLabels, client: string, agency: string): Xml {
  const half = Math.round(TEXT_WIDTH / 2);
  const b = { style: 'single' as const, size: 4, color: theme.border };
  const line = (text: string) =>
    paragraph({ spacing: { before: 240, after: 120 } }, run(`${text} ____________________`));
  const block = (party: string, name: string) =>
    cell(
      { width: half, margins: { top: 120, bottom: 120, left: 160, right: 160 } },
      paragraph({}, run(party, { bold: true, color: theme.primary })) +
        paragraph({}, run(name)) +
        line(l.signature) +
        line(l.name) +
        line(l.date) +
        // The seal box: room for a 4 cm round company seal (公章).
        paragraph({ spacing: { before: 1600 }, align: 'right' }, run(l.seal)),
    );
  return table(
    TEXT_WIDTH,
    [half, half],
    { top: b, left: b, bottom: b, right: b, insideH: b, insideV: b },
    row(block(l.client, client) + block(l.agency, agency)),
  );
}

export function buildConfirmation(input: LetterInput): Built {
  const { snapshot, branding, milestones } = input;
  const lang = snapshot.language;
  const d = DOC_LABELS[lang];
  const l = d.letter;
  const theme = themeOf(branding);
  const c = snapshot.computed;
  const q = snapshot.quote;
  const fmt = docFormat(lang, q.currency);
  const title = snapshot.proposal?.title ?? q.title;

  const summary: Row[] = q.sections.map((s, i) => ({ cells: [s.title, fmt.money(c.sections[i]!.price)] }));
  summary.push({ cells: [d.subtotal, fmt.money(c.subtotal)], emphasis: true });
  if (c.discount > 0) summary.push({ cells: [d.discount, fmt.minus(c.discount)] });
  summary.push({ cells: [d.net, fmt.money(c.net)] });
  summary.push({ cells: [d.tax(c.settings.taxPercent), fmt.money(c.tax)] });
  summary.push({ cells: [d.total, fmt.money(c.total)], emphasis: true });
  if (q.currency === 'CNY') summary.push({ cells: [d.totalInCapitals, chineseCapitalAmount(c.total)] });

  const plan: Row[] = milestones.map((m) => ({ cells: [m.label, m.percent ?? '—', m.due, fmt.money(m.amount)] }));
  plan.push({
    cells: [d.paymentTermsTotal, '', '', fmt.money(milestones.reduce((s, m) => s + m.amount, 0))],
    emphasis: true,
  });

  const heading1 = (text: string) => paragraph({ style: 'Heading1' }, run(text));
  const children: Xml[] = [
    paragraph({ style: 'Title', align: 'center' }, run(l.title)),
    paragraph({}, run(l.greeting(snapshot.client.name), { bold: true })),
    paragraph({}, run(l.intro(title, snapshot.version, fmt.date(snapshot.date)))),
    heading1(l.summary),
    keyValueTable(theme, summary),
    spacer(),
    heading1(d.paymentTerms),
    dataTable(
      theme,
      [
        { header: d.paymentMilestone, share: 0.3 },
        { header: d.paymentShare, share: 0.15, align: 'end' },
        { header: d.paymentDue, share: 0.3 },
        { header: d.amount, share: 0.25, align: 'end' },
      ],
      plan,
    ),
    spacer(),
    heading1(l.validity),
    paragraph({}, run(q.validUntil ? l.validUntil(fmt.date(q.validUntil)) : l.noValidity)),
    paragraph({ style: STYLE.note }, run(`${l.contractNumber} ____________________`)),
    paragraph({ spacing: { before: 240, after: 240 } }, run(l.confirm)),
    signatureBlocks(theme, l, snapshot.client.name, snapshot.agency.name),
  ];
  const frame = new Document({
    creator: snapshot.agency.name,
    lastModifiedBy: snapshot.agency.name,
    title: `${l.title} · ${title}`,
    styles: stylesOf(theme, false),
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        headers: { default: pageHeader(snapshot.agency.name, l.title, theme) },
        footers: { default: pageFooter(d, theme) },
        children: [bodySlot()],
      },
    ],
  });
  return { frame, body: children.join(''), numberedLists: 0 };
}

export async function renderConfirmation(input: LetterInput): Promise<Uint8Array> {
  const l = DOC_LABELS[input.snapshot.language].letter;
  const title = input.snapshot.proposal?.title ?? input.snapshot.quote.title;
  return packStable(buildConfirmation(input), {
    title: `${l.title} · ${title}`,
    creator: input.snapshot.agency.name,
    subject: `${l.title} · ${input.snapshot.client.name}`,
    description: `${l.title} V${input.snapshot.version}`,
    revision: input.snapshot.version,
    at: input.snapshot.generatedAt,
  });
}
