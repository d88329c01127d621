import * as z from 'zod';
import { ERROR_CODES, type ApiResponse } from '../contract/envelope';
import { LANGS } from '../i18n/lang';

/**
 * The messages between the Electron main process (the relay) and the core in its utility process,
 * over one MessagePort. Both ends parse what arrives with these schemas: a port carries structured
 * clones, not types, and a message that is not one of these is refused, never half-read.
 *
 * main → core: `call` (a renderer's call, with the window's session), `ping`, `close`.
 * core → main: `ready` / `fatal` (opening the workspace), `result`, `pong`, `closed`, and `change`
 * (the live change feed, relayed to the window).
 */

const id = z.number().int().nonnegative();
const localized = z.object({ 'zh-CN': z.string(), en: z.string() });

/** Which workspace the core opens: a file (solo) or a team database. */
export const workspaceTarget = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('file'),
    dbPath: z.string().min(1),
    backupDir: z.string().min(1).optional(),
    /** A better-sqlite3 binary built for Electron's ABI. */
    nativeBinding: z.string().min(1).optional(),
  }),
  z.object({
    kind: z.literal('team'),
    url: z.string().min(1),
    ownerUrl: z.string().min(1).optional(),
    serverRole: z.string().min(1).optional(),
    poolMax: z.number().int().positive().optional(),
  }),
]);
export type WorkspaceTarget = z.infer<typeof workspaceTarget>;

/** The first message on the process's parent port; it carries the MessagePort the calls use. */
export const initMessage = z.object({
  type: z.literal('init'),
  workspace: workspaceTarget,
  /** JSON-lines log file of the app (stderr when absent). */
  logFile: z.string().min(1).optional(),
});
export type InitMessage = z.infer<typeof initMessage>;

export const callMessage = z.object({
  type: z.literal('call'),
  id,
  name: z.string().min(1).max(100),
  args: z.unknown(),
  /** The session main holds for the window (the page never sees it). */
  session: z.string().min(1).max(200).optional(),
  /** Who is calling, for the sign-in rate limit (the window). */
  client: z.string().min(1).max(200),
  lang: z.enum(LANGS),
});
export type CallMessage = z.infer<typeof callMessage>;

export const toCoreMessage = z.discriminatedUnion('type', [
  callMessage,
  z.object({ type: z.literal('ping'), id }),
  z.object({ type: z.literal('close') }),
]);
export type ToCoreMessage = z.infer<typeof toCoreMessage>;

const apiIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
  messages: localized,
});

/** The envelope every transport carries (shared/contract/envelope.ts), as a schema. */
export const apiResponse: z.ZodType<ApiResponse<unknown>> = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      messages: localized,
      issues: z.array(apiIssue).optional(),
    }),
  }),
]) as z.ZodType<ApiResponse<unknown>>;

export const resultMessage = z.object({
  type: z.literal('result'),
  id,
  response: apiResponse,
  /** Present when the call made a session (sign-in: its id) or ended it (null); main keeps it. */
  session: z.string().min(1).max(200).nullable().optional(),
});

/**
 * One change someone made, for open screens to refresh (the live feed). Its payload is the change
 * event of the live feed (`live` work); the port carries it as it is and main hands it to the window.
 */
export const changeMessage = z.object({ type: z.literal('change'), event: z.unknown() });

export const fromCoreMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** Opening failed, or the start-up integrity check found damage: the message names the backups. */
  z.object({ type: z.literal('fatal'), message: z.string() }),
  resultMessage,
  z.object({ type: z.literal('pong'), id }),
  z.object({ type: z.literal('closed') }),
  changeMessage,
]);
export type FromCoreMessage = z.infer<typeof fromCoreMessage>;
