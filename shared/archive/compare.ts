import * as z from 'zod';
import { PROPOSAL_SECTION_KEYS, proposalSectionKeySchema, type ExportSnapshot } from '../export';
import { diffQuotes, quoteDiffSchema } from './quote-diff';
import { sectionText } from './text';
import { diffPartSchema, diffText, hasChanges } from './text-diff';

/** Two frozen versions of a proposal side by side: title, each section's text, the quote. */
export const versionCompareSchema = z.object({
  title: z.array(diffPartSchema),
  sections: z.array(
    z.object({
      key: proposalSectionKeySchema,
      changed: z.boolean(),
      parts: z.array(diffPartSchema),
    }),
  ),
  quote: quoteDiffSchema,
});
export type VersionCompare = z.infer<typeof versionCompareSchema>;

/** Compare the documents of two versions (older first): a pure function of the two snapshots. */
export function compareDocuments(before: ExportSnapshot, after: ExportSnapshot): VersionCompare {
  const textOf = (doc: ExportSnapshot, key: (typeof PROPOSAL_SECTION_KEYS)[number]) => {
    const s = doc.proposal?.sections.find((x) => x.key === key);
    return s ? sectionText(s) : '';
  };
  return {
    title: diffText(before.proposal?.title ?? before.quote.title, after.proposal?.title ?? after.quote.title),
    sections: PROPOSAL_SECTION_KEYS.map((key) => {
      const parts = diffText(textOf(before, key), textOf(after, key));
      return { key, changed: hasChanges(parts), parts };
    }),
    quote: diffQuotes(before, after),
  };
}
