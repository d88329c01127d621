import { sectionBlocks, type ProposalSection } from '../export/proposal';
import { plainTextOf } from '../proposal/richtext';
import type { QuoteInterchange, QuoteLine } from '../quote';

/**
 * The words of proposals and quotes as plain text: what the archive indexes and what a version
 * compare diffs. One place, so a section found by a word is also where the compare shows it.
 */

/** A stored or frozen section may carry plan phases beside its blocks (the editor's form). */
type SectionLike = ProposalSection & {
  phases?: { name: string; owner: string; deliverable: string }[];
};

/** The section's text: its blocks (or plain text), then its phases, then its notes and their rationale. */
export function sectionText(section: SectionLike): string {
  const parts = [plainTextOf(sectionBlocks(section))];
  for (const p of section.phases ?? []) parts.push([p.name, p.owner, p.deliverable].filter(Boolean).join(' '));
  for (const n of section.notes ?? []) parts.push(n.rationale ? `${n.point}\n${n.rationale}` : n.point);
  return parts.filter((p) => p.trim() !== '').join('\n');
}

/** What a line is called: the role of a labor line, the description of an item. */
export function lineLabel(line: QuoteLine): string {
  return line.kind === 'labor' ? line.role : line.description;
}

/** The quote's words: section titles, line roles and descriptions and their notes, the reasons given. */
export function quoteText(quote: QuoteInterchange): string {
  const parts: string[] = [];
  for (const s of quote.sections) {
    parts.push(s.title);
    for (const line of s.lines)
      parts.push([lineLabel(line), line.deliverable, line.note].filter((p) => p?.trim()).join(' '));
  }
  parts.push(
    quote.difficulty.rationale ?? '',
    quote.discount?.reason ?? '',
    quote.discount?.condition ?? '',
    quote.qualityAndEffect ?? '',
  );
  return parts.filter((p) => p.trim() !== '').join('\n');
}
