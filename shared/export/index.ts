export {
  blocksFromPlainText,
  bulletListBlockSchema,
  headingBlockSchema,
  numberedListBlockSchema,
  paragraphBlockSchema,
  richTextBlockSchema,
  tableBlockSchema,
  textRunSchema,
  type BlockOfType,
  type RichTextBlock,
  type RichTextBlockType,
  type TextRun,
} from './rich-text';
export {
  PROPOSAL_SECTION_KEYS,
  proposalSectionKeySchema,
  proposalSectionSchema,
  sectionBlocks,
  sectionNoteSchema,
  type ProposalSection,
  type ProposalSectionKey,
  type SectionNote,
} from './proposal';
export {
  exportSnapshotSchema,
  paymentTermSchema,
  SNAPSHOT_FORMAT,
  snapshotPartySchema,
  snapshotProposalSchema,
  type ExportSnapshot,
  type PaymentTerm,
  type SnapshotProposal,
} from './snapshot';
