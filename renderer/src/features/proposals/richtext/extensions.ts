import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';

/**
 * Exactly what rich-text blocks can hold (shared/export/rich-text.ts): headings 1–3, paragraphs,
 * bold and italic, bullet and numbered lists, simple tables. Everything else StarterKit offers is
 * switched off, so nothing can be typed that the Word export would have to drop.
 */
export const PROPOSAL_EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    hardBreak: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: false,
  }),
  TableKit.configure({ table: { resizable: false } }),
];
