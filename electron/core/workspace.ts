import { CoreError } from './errors';
import type { Store } from './db/store';
import type { TeamWorkspace } from './team-workspace';
import type { WorkspaceFile } from './workspace-file';

/**
 * What a workspace is to the dispatcher and the handlers: an open store with a lifecycle. A solo
 * workspace is a file (backups, restore, archive import by swapping files); a team workspace is a
 * PostgreSQL database, backed up on the server with pg_dump (docs/team-server.md).
 */
export type Workspace = WorkspaceFile | TeamWorkspace;

/** The file-only operations refuse on a team workspace, with the way to do it there. */
export function requireFile(workspace: Workspace): WorkspaceFile {
  if (workspace.kind !== 'file') throw new CoreError('validation', 'error.team_file_only');
  return workspace;
}

export type { Store };
