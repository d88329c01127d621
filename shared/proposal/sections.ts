import * as z from 'zod';
import {
  PROPOSAL_SECTION_KEYS,
  proposalSectionKeySchema,
  sectionBlocks,
  sectionNoteSchema,
  type ProposalSection,
  type ProposalSectionKey,
} from '../export/proposal';
import { DOC_LABELS } from '../export/document/labels';
import { richTextBlockSchema, type RichTextBlock } from '../export/rich-text';
import type { Lang } from '../i18n/lang';
import { addCustomIssue } from '../validation/validate';
import { planPhaseSchema, type PlanPhase } from './records';

/**
 * A section as the editor saves it: rich text as blocks (shared/export's format), the notes with
 * their rationale (备注) shown to the client, and — for the execution plan — its phases.
 */
export const editableSectionSchema = z.strictObject({
  key: proposalSectionKeySchema,
  blocks: z.array(richTextBlockSchema).max(5000),
  notes: z.array(sectionNoteSchema).max(200),
  phases: z.array(planPhaseSchema).max(100).optional(),
});
export type EditableSection = z.infer<typeof editableSectionSchema>;

export const editableSectionsSchema = z
  .array(editableSectionSchema)
  .max(PROPOSAL_SECTION_KEYS.length)
  .superRefine((sections, ctx) => {
    const seen = new Set<string>();
    sections.forEach((s, i) => {
      if (seen.has(s.key)) addCustomIssue(ctx, 'proposal.duplicate_section', [i, 'key']);
      seen.add(s.key);
    });
  });

/** A stored section may be older (plain `text`) or newer (`phases`): read loosely. */
type StoredSection = ProposalSection & { phases?: PlanPhase[] };

/** The seven sections in order, whatever was stored: missing ones empty, plain text as paragraphs. */
export function editableSections(stored: readonly StoredSection[]): EditableSection[] {
  return PROPOSAL_SECTION_KEYS.map((key) => {
    const s = stored.find((x) => x.key === key);
    const section: EditableSection = { key, blocks: s ? sectionBlocks(s) : [], notes: s?.notes ?? [] };
    if (key === 'plan') section.phases = s?.phases ?? [];
    return section;
  });
}

/** The plan's phases as a table block with a header row: how the client document shows them. */
export function phasesTable(phases: readonly PlanPhase[], lang: Lang): RichTextBlock {
  const cell = (text: string) => (text === '' ? [] : [{ text }]);
  return {
    type: 'table',
    headerRow: true,
    rows: [
      DOC_LABELS[lang].phaseHeaders.map((h) => [{ text: h, bold: true }]),
      ...phases.map((p) => [p.name, p.owner, p.start, p.end, p.deliverable].map(cell)),
    ],
  };
}

/**
 * The sections as the Word export reads them (shared/export's proposalSectionSchema): in order,
 * as blocks, the plan's phases turned into a table at the top of its section. Used for frozen
 * versions, and by the export of a live proposal so both show the same document.
 */
export function exportSections(stored: readonly StoredSection[], lang: Lang): ProposalSection[] {
  return editableSections(stored).map((s) => {
    const blocks = s.phases && s.phases.length > 0 ? [phasesTable(s.phases, lang), ...s.blocks] : s.blocks;
    const out: ProposalSection = { key: s.key, blocks };
    if (s.notes.length > 0) out.notes = s.notes;
    return out;
  });
}

export type { ProposalSectionKey };
