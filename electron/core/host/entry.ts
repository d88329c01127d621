/**
 * The one core entry. Every host opens the core through `startCore`: browser mode
 * (electron/server/cli.ts), the team server, and the Electron utility process
 * (./process.ts, which serves it over a MessagePort to the main process's relay).
 */
import type { WorkspaceTarget } from '@shared/host/protocol';
import type { Logger } from '../../common/log';
import { openCore, type Core } from '../index';

export interface StartOptions {
  log?: Logger;
  now?: () => Date;
  validateResults?: boolean;
}

export function startCore(target: WorkspaceTarget, options: StartOptions = {}): Promise<Core> {
  // Every host warms the account analytics off the user's path (analytics/warm.ts).
  if (target.kind === 'team') {
    const { kind: _kind, ...team } = target;
    return openCore({ ...options, team, warmAnalytics: true });
  }
  const { kind: _kind, ...file } = target;
  return openCore({ ...options, ...file, warmAnalytics: true });
}

export { serveCore } from './serve';
export type { Core } from '../index';
