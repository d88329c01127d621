import * as z from 'zod';
import { maintenance, query } from '../define';
import { ADMIN, type Access } from '../roles';

/** An admin's, or the first-run screen's of a new installation (the handler also requires an empty workspace). */
const ADMIN_OR_FIRST_RUN: Access = { roles: ['admin'], public: 'first-run' };
import { noArgs } from '../common';
import { workspaceStatusSchema } from './workspace';

/** A file travelling through the API: bytes as base64 (the transports speak JSON). */
export const fileDownloadSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  bytesBase64: z.string(),
});
export type FileDownload = z.infer<typeof fileDownloadSchema>;

export const workspaceArchiveContract = {
  /** Every table as one portable .json.gz file. */
  'workspace.exportArchive': query(ADMIN, noArgs, fileDownloadSchema.extend({ rows: z.int() })),
  /** Into an empty workspace only: the whole workspace is replaced by the archive's. */
  'workspace.importArchive': maintenance(
    ADMIN_OR_FIRST_RUN,
    z.strictObject({ bytesBase64: z.base64().max(64 * 1024 * 1024) }),
    workspaceStatusSchema,
  ),
};
