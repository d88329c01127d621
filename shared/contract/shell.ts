import * as z from 'zod';
import { LANGS } from '../i18n/lang';
import { connectTeamResultSchema, fingerprintSchema, teamUrlSchema, workspaceInfoSchema } from '../host/team';

/**
 * The calls the desktop shell (the Electron main process) answers itself, not the core: the ones
 * that need the desktop — a native save dialog, and which workspace the window talks to. Their own
 * small contract, beside the core's: the renderer reaches them through `renderer/src/api` like any
 * call (typed by name), main validates their args with these schemas. Browser mode has no shell;
 * there the api module offers a download instead of the dialog.
 */
export const SHELL_PREFIX = 'shell.';

/** An export larger than this is not a document we produce; refuse rather than hold it twice in memory. */
export const MAX_SAVE_BYTES = 64 * 1024 * 1024;

export const saveFileArgsSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  mimeType: z.string().max(200),
  bytes: z.union([z.base64(), z.instanceof(Uint8Array)]),
});

export const shellContract = {
  /** Show the save dialog and write the bytes where the person chose; `savedTo: null` when they cancelled. */
  'shell.saveFile': { args: saveFileArgsSchema, result: z.object({ savedTo: z.string().nullable() }) },
  /** Which workspace the window talks to (the header says it), and the last team server. */
  'shell.workspace': { args: z.strictObject({}), result: workspaceInfoSchema },
  /**
   * Talk to a team server from now on. Its certificate must be trusted by the system, or be the
   * one whose fingerprint the person confirmed (`trustFingerprint`, after an `untrusted` answer).
   */
  'shell.connectTeam': {
    args: z.strictObject({ url: teamUrlSchema, trustFingerprint: fingerprintSchema.optional() }),
    result: connectTeamResultSchema,
  },
  /** Back to the solo workspace on this computer (the team server's session is kept for a switch back). */
  'shell.useSolo': { args: z.strictObject({}), result: workspaceInfoSchema },
  /**
   * The window shows the language this call is made in (its options' lang, like every call): the
   * native menu and dialogs follow it. The page sends it when it starts and on every switch, since
   * a switch alone makes no other call (the answers on screen already carry both languages).
   */
  'shell.useLanguage': { args: z.strictObject({}), result: z.object({ lang: z.enum(LANGS) }) },
};

export type ShellContract = typeof shellContract;
export type ShellCallName = keyof ShellContract;
export type ShellArgs<N extends ShellCallName> = z.input<ShellContract[N]['args']>;
export type ShellResult<N extends ShellCallName> = z.output<ShellContract[N]['result']>;

export function isShellCallName(name: string): name is ShellCallName {
  return Object.prototype.hasOwnProperty.call(shellContract, name);
}
