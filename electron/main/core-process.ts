/**
 * Start the core in an Electron utility process, with a MessagePort between it and this process
 * (as Actual runs its server): the window's process never runs SQLite, a Word export or an
 * archive's gzip, so it never freezes on them.
 */
import { join } from 'node:path';
import { MessageChannelMain, utilityProcess } from 'electron';
import { channelFromMessagePortMain } from '@shared/host/channel';
import type { InitMessage, WorkspaceTarget } from '@shared/host/protocol';
import type { Logger } from '../common/log';
import { CORE_ENTRY_FILE } from '../core/host/spawn';
import { createCoreLink, type CoreLink } from './core-link';

export interface CoreProcess {
  link: CoreLink;
  /** Close the workspace, then end the process. */
  stop(): Promise<void>;
}

export function startCoreProcess(opts: {
  /** The folder of main's built index.js; the core's entry is built beside it. */
  mainDir: string;
  workspace: WorkspaceTarget;
  logFile?: string;
  log: Logger;
}): CoreProcess {
  const child = utilityProcess.fork(join(opts.mainDir, CORE_ENTRY_FILE), [], {
    serviceName: 'Agency Workbench core',
    stdio: 'inherit',
  });
  const { port1, port2 } = new MessageChannelMain();
  const init: InitMessage = { type: 'init', workspace: opts.workspace, logFile: opts.logFile };
  child.postMessage(init, [port2]);
  const link = createCoreLink(channelFromMessagePortMain(port1), opts.log);
  let stopping = false;
  child.on('exit', (code) => {
    if (!stopping) opts.log.error('the core process stopped', { code });
    link.stopped(`the core process exited (${code})`);
  });
  return {
    link,
    async stop() {
      stopping = true;
      await link.close();
      child.kill();
    },
  };
}
