import * as z from 'zod';
import { LANGS } from '../../i18n/lang';
import { CURRENCY_CODES } from '../../money';
import { taxPercentSchema } from '../../quote/defaults';
import { command, query } from '../define';
import { PUBLIC, type Access } from '../roles';
import { noArgs, text } from '../common';
import { minorAmount } from './rate-card';
import { newPasswordSchema, userSchema } from './users';

export const workspaceStatusSchema = z.object({
  /** False until the first-run choice (empty or demo) was made. */
  initialized: z.boolean(),
  schemaVersion: z.int(),
  counts: z.object({ users: z.int(), clients: z.int(), quotes: z.int(), proposals: z.int() }),
  users: z.array(userSchema),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

/** One role of the starter rate card, as the first-run form sends it: amounts in the workspace currency. */
export const starterRoleSchema = z.strictObject({
  role: text(200),
  /** Price per person-day, minor units of the workspace currency. */
  rate: minorAmount,
  /** Internal cost per person-day, minor units. */
  costRate: minorAmount,
});
export type StarterRoleInput = z.infer<typeof starterRoleSchema>;

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
  /** The workspace currency; absent keeps the built-in default (CNY). */
  currency: z.enum(CURRENCY_CODES).optional(),
  /** The quote tax default (VAT on services, "6"); absent keeps the built-in default. */
  taxPercent: taxPercentSchema.optional(),
  /** Rate-card roles written with the setup, in the workspace currency, effective from today. */
  starterRoles: z.array(starterRoleSchema).max(50).optional(),
});
export type WorkspaceSetup = z.infer<typeof workspaceSetupSchema>;

/** Set-up is for a workspace nobody uses yet (its handler also refuses once the workspace is set up). */
const FIRST_RUN: Access = { roles: [], public: 'first-run' };

export const workspaceContract = {
  /** Public: the window asks before anyone has signed in (first run, sign-in or solo). */
  'workspace.status': query(PUBLIC, noArgs, workspaceStatusSchema),
  'workspace.setup': command(FIRST_RUN, workspaceSetupSchema, workspaceStatusSchema),
};
