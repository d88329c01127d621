/**
 * Calls the shell answers itself instead of the core: the ones that need the desktop (a native
 * save dialog). Written against injected dialog/file functions, with no `electron` import, so the
 * argument checks can be tested under plain Node.
 *
 * Deliberately absent: `shell.openExternal` (a compromised renderer could hand the OS any URL or
 * file to open) and anything that reads files the user did not pick.
 */
import { extname } from 'node:path';
import {
  isShellCallName,
  MAX_SAVE_BYTES,
  SHELL_PREFIX,
  shellContract,
  type ApiErrorBody,
  type ApiResponse,
  type ShellCallName,
  type ShellResult,
} from '@shared/contract';
import { hostMessage, type HostMessageKey } from '@shared/host/messages';
import type { Lang } from '@shared/i18n/lang';
import { validate, type FieldIssue } from '@shared/validation';
import type { Logger } from '../common/log';
import type { Workspaces } from './workspaces';

export interface SaveFilter {
  name: string;
  extensions: string[];
}

export interface ShellDeps {
  /** Show the native save dialog; the chosen path, or null when the user cancels. */
  chooseSavePath(suggestedName: string, filters: SaveFilter[]): Promise<string | null>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Solo or team: which workspace the window talks to (absent: the solo workspace only). */
  workspaces?: Workspaces;
  /** The window now shows this language: the menu and native dialogs follow (absent: nothing follows). */
  useLanguage?(lang: Lang): void;
  log: Logger;
}

export type ShellCall = (name: string, args: unknown, lang: Lang) => Promise<ApiResponse<unknown>>;

const MIME_LABELS: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/pdf': 'PDF',
  'text/csv': 'CSV',
  'application/json': 'JSON',
  'application/gzip': 'Workbench archive (.json.gz)',
};

/** A name the renderer suggests is only a suggestion: no folders, nothing Windows or the dialog chokes on. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned || 'export';
}

export function saveFilters(fileName: string, mimeType: string): SaveFilter[] {
  const ext = extname(fileName).slice(1).toLowerCase();
  if (!ext) return [];
  return [{ name: MIME_LABELS[mimeType] ?? ext.toUpperCase(), extensions: [ext] }];
}

/** Some Linux dialogs return the typed name without the filter's extension; add it back. */
function withExtension(path: string, fileName: string): string {
  const ext = extname(fileName);
  return ext && extname(path) === '' ? `${path}${ext}` : path;
}

function refusal(
  code: ApiErrorBody['code'],
  key: HostMessageKey,
  lang: Lang,
  issues?: FieldIssue[],
  vars: Record<string, string> = {},
): ApiResponse<never> {
  const messages = hostMessage(key, vars);
  const error: ApiErrorBody = { code, message: messages[lang], messages };
  if (issues) error.issues = issues.map((i) => ({ ...i, message: i.message[lang], messages: i.message }));
  return { ok: false, error };
}

export function isShellCall(name: string): boolean {
  return name.startsWith(SHELL_PREFIX);
}

export function createShellCalls(deps: ShellDeps): ShellCall {
  async function saveFile(raw: unknown, lang: Lang): Promise<ApiResponse<ShellResult<'shell.saveFile'>>> {
    const parsed = validate(shellContract['shell.saveFile'].args, raw ?? {});
    if (!parsed.ok) return refusal('validation', 'error.validation', lang, parsed.issues);
    const { fileName, mimeType, bytes } = parsed.data;
    const data = typeof bytes === 'string' ? new Uint8Array(Buffer.from(bytes, 'base64')) : bytes;
    if (data.byteLength > MAX_SAVE_BYTES) return refusal('too_large', 'error.too_large', lang);
    const name = safeFileName(fileName);
    const chosen = await deps.chooseSavePath(name, saveFilters(name, mimeType));
    if (chosen === null) return { ok: true, result: { savedTo: null } };
    const target = withExtension(chosen, name);
    try {
      await deps.writeFile(target, data);
    } catch (e) {
      deps.log.error('shell.saveFile could not write', { target, error: (e as Error).message });
      return refusal('internal', 'error.internal', lang);
    }
    return { ok: true, result: { savedTo: target } };
  }

  const soloOnly: ApiResponse<ShellResult<'shell.workspace'>> = {
    ok: true,
    result: { current: { kind: 'solo' }, lastServer: null },
  };

  // Every call of the shell's contract, and nothing else (no `shell.openExternal`).
  const calls: Record<ShellCallName, (args: unknown, lang: Lang) => Promise<ApiResponse<unknown>>> = {
    'shell.saveFile': saveFile,
    async 'shell.workspace'(raw, lang) {
      const parsed = validate(shellContract['shell.workspace'].args, raw ?? {});
      if (!parsed.ok) return refusal('validation', 'error.validation', lang, parsed.issues);
      return deps.workspaces ? { ok: true, result: deps.workspaces.info() } : soloOnly;
    },
    async 'shell.connectTeam'(raw, lang) {
      const parsed = validate(shellContract['shell.connectTeam'].args, raw ?? {});
      if (!parsed.ok) return refusal('validation', 'error.validation', lang, parsed.issues);
      if (!deps.workspaces) return refusal('not_found', 'team.error.desktop_only', lang);
      return deps.workspaces.connect(parsed.data.url, parsed.data.trustFingerprint, lang);
    },
    async 'shell.useSolo'(raw, lang) {
      const parsed = validate(shellContract['shell.useSolo'].args, raw ?? {});
      if (!parsed.ok) return refusal('validation', 'error.validation', lang, parsed.issues);
      return deps.workspaces ? { ok: true, result: deps.workspaces.useSolo() } : soloOnly;
    },
    async 'shell.useLanguage'(raw, lang) {
      const parsed = validate(shellContract['shell.useLanguage'].args, raw ?? {});
      if (!parsed.ok) return refusal('validation', 'error.validation', lang, parsed.issues);
      deps.useLanguage?.(lang);
      return { ok: true, result: { lang } };
    },
  };

  return async (name, args, lang) => {
    if (!isShellCallName(name))
      return refusal('not_found', 'error.unknown_call', lang, undefined, { name: name.slice(0, 80) });
    return calls[name](args, lang);
  };
}
