import type { ShellArgs, ShellCallName, ShellResult } from '@shared/contract';
import { getCallContext } from './context';
import { ApiError } from './errors';
import { getTransport } from './transport';

/** Inside the desktop app: the shell (the Electron main process) answers `shell.*` calls. */
export function isDesktop(): boolean {
  return getTransport().kind === 'electron';
}

/**
 * A call the desktop shell answers (shared/contract/shell.ts), typed by its name like the core's.
 * Only in the desktop app: browser mode has no shell, and the callers offer the browser's way.
 */
export async function shellCall<N extends ShellCallName>(name: N, args: ShellArgs<N>): Promise<ShellResult<N>> {
  const response = await getTransport().send(name, args, getCallContext());
  if (!response.ok) throw new ApiError(response.error);
  return response.result as ShellResult<N>;
}
