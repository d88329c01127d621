import * as z from 'zod';
import { LANGS } from '../../i18n/lang';
import { command, query } from '../define';
import { PUBLIC, type Access } from '../roles';
import { noArgs, text } from '../common';
import { newPasswordSchema, userSchema } from './users';

export const workspaceStatusSchema = z.object({
  /** False until the first-run choice (empty or demo) was made. */
  initialized: z.boolean(),
  schemaVersion: z.int(),
  counts: z.object({ users: z.int(), clients: z.int(), quotes: z.int(), proposals: z.int() }),
  users: z.array(userSchema),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

export const workspaceSetupSchema = z.strictObject({
  mode: z.enum(['empty', 'demo']),
  adminName: text(60),
  companyName: text(100),
  language: z.enum(LANGS),
  /**
   * The admin's password. The demo agency has several users, so everyone signs in from the start
   * and the first-run screen asks for one; without it the demo is "unclaimed" (it acts as its
   * admin until a password is set). A workspace started empty has one user and needs none yet.
   */
  adminPassword: newPasswordSchema.optional(),
});
export type WorkspaceSetup = z.infer<typeof workspaceSetupSchema>;

/** Set-up is for a workspace nobody uses yet (its handler also refuses once the workspace is set up). */
const FIRST_RUN: Access = { roles: [], public: 'first-run' };

export const workspaceContract = {
  /** Public: the window asks before anyone has signed in (first run, sign-in or solo). */
  'workspace.status': query(PUBLIC, noArgs, workspaceStatusSchema),
  'workspace.setup': command(FIRST_RUN, workspaceSetupSchema, workspaceStatusSchema),
};
