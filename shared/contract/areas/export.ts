import * as z from 'zod';
import { LANGS } from '../../i18n/lang';
import { query } from '../define';
import { ANY_ROLE } from '../roles';
import { idSchema, noArgs } from '../common';

export const EXPORT_FORMATS = ['docx', 'pdf'] as const;
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MIME = 'application/pdf';

/** A generated file, as JSON: the renderer downloads it (browser) or hands it to shell.saveFile (Electron). */
export const exportedFileSchema = z.strictObject({
  fileName: z.string(),
  mimeType: z.enum([DOCX_MIME, PDF_MIME]),
  bytesBase64: z.string(),
  /** Not a sent version: marked 草稿 / DRAFT on every page and in the file name. */
  draft: z.boolean(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

const common = {
  /** The document's language; the workspace's document language when absent. */
  language: z.enum(LANGS).optional(),
  /** PDF needs LibreOffice on this machine (see export.capabilities). */
  format: z.enum(EXPORT_FORMATS).optional(),
};

export const exportCapabilitiesSchema = z.strictObject({
  /** LibreOffice (soffice) was found, so PDF can be made. */
  pdf: z.boolean(),
});

export const exportContract = {
  /**
   * The quote as a client document: as sent when a sent version carries exactly this quote, else
   * the working copy marked 草稿 / DRAFT on every page and in its file name. `internal: true` gives
   * the finance sheet instead (cost and margin). Every export is written to the audit log.
   */
  'export.quoteDocx': query(
    ANY_ROLE,
    z.strictObject({ quoteId: idSchema, internal: z.boolean().optional(), ...common }),
    exportedFileSchema,
  ),
  /** The internal finance sheet of a quote: cost, cost rates and margin, marked 内部资料 / INTERNAL. */
  'export.financeSheetDocx': query(ANY_ROLE, z.strictObject({ quoteId: idSchema, ...common }), exportedFileSchema),
  /**
   * The proposal: cover, contents, the seven sections, its quote in section 4. The newest sent
   * version when nothing changed since; otherwise the working copy, marked as a draft.
   */
  'export.proposalDocx': query(ANY_ROLE, z.strictObject({ proposalId: idSchema, ...common }), exportedFileSchema),
  /**
   * A sent version from the archive, re-exported from its frozen snapshot (the same document, byte
   * for byte): the proposal, or (`kind: 'quote'`) its quote alone as the client received it.
   */
  'export.versionDocx': query(
    ANY_ROLE,
    z.strictObject({
      proposalId: idSchema,
      number: z.int().min(1),
      kind: z.enum(['proposal', 'quote']).optional(),
      format: z.enum(EXPORT_FORMATS).optional(),
    }),
    exportedFileSchema,
  ),
  'export.capabilities': query(ANY_ROLE, noArgs, exportCapabilitiesSchema),
};
