import { buildDocument, type DocumentInput } from './build';
import { DOC_LABELS } from '@shared/export/document/labels';
import { packStable } from './pack';

/** The .docx bytes of a snapshot: a pure function of (snapshot, branding, kind, draft). */
export async function renderDocx(input: DocumentInput): Promise<Uint8Array> {
  const { snapshot, kind } = input;
  const labels = DOC_LABELS[snapshot.language];
  const kindLabel = { proposal: labels.proposal, quote: labels.quotation, financeSheet: labels.financeSheet }[kind];
  const title = kind === 'proposal' && snapshot.proposal ? snapshot.proposal.title : snapshot.quote.title;
  return packStable(buildDocument(input), {
    title,
    creator: snapshot.agency.name,
    subject: `${kindLabel} · ${snapshot.client.name}`,
    description: input.draft
      ? `${kindLabel} ${labels.draftVersion}`
      : kind === 'financeSheet'
        ? `${kindLabel} ${labels.revision} ${snapshot.version}`
        : `${kindLabel} V${snapshot.version}`,
    revision: snapshot.version,
    at: snapshot.generatedAt,
  });
}
