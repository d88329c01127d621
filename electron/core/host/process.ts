/**
 * The core's own process. Started by Electron's `utilityProcess.fork` (the first message on
 * `process.parentPort` is the init message, carrying the MessagePort the calls then use) or, under
 * plain Node, by `child_process.fork` with the IPC channel as the port (tests, scripts): the same
 * messages either way (shared/host/protocol.ts).
 */
import {
  channelFromIpc,
  channelFromMessagePortMain,
  type Channel,
  type MessagePortMainLike,
} from '@shared/host/channel';
import { initMessage, type InitMessage } from '@shared/host/protocol';
import { createLogger } from '../../common/log';
import { CorruptWorkspaceError } from '../workspace-file';
import { serveCore, startCore, type Core } from './entry';

interface ParentPortLike {
  once(event: 'message', listener: (event: { data: unknown; ports: MessagePortMainLike[] }) => void): unknown;
}

function boot(raw: unknown, channel: Channel): void {
  const parsed = initMessage.safeParse(raw);
  if (!parsed.success) {
    process.stderr.write(`core: the first message is not an init message; stopping\n`);
    process.exit(2);
  }
  const init: InitMessage = parsed.data;
  const log = createLogger(init.logFile);
  const core: Promise<Core> = startCore(init.workspace, { log });
  serveCore(channel, core, log);
  const fatal = (e: unknown) => {
    log.error('the workspace could not be opened', e);
    channel.post({ type: 'fatal', message: (e as Error)?.message ?? String(e) });
  };
  core.then((opened) => {
    channel.post({ type: 'ready' });
    // The integrity check runs in the background; damage found ends the app with the message that names the backups.
    opened.workspace.ready().catch((e: unknown) => {
      if (e instanceof CorruptWorkspaceError || e instanceof Error) fatal(e);
    });
  }, fatal);
}

const parentPort = (process as { parentPort?: ParentPortLike }).parentPort;
if (parentPort) {
  parentPort.once('message', (event) => {
    const port = event.ports[0];
    if (!port) {
      process.stderr.write('core: the init message carried no port; stopping\n');
      process.exit(2);
    }
    boot(event.data, channelFromMessagePortMain(port));
  });
} else if (process.send) {
  // Under Node: the first IPC message initialises, every later one goes to the listeners boot() adds.
  const ipc = channelFromIpc(process);
  const listeners: ((message: unknown) => void)[] = [];
  let first = true;
  process.on('message', (message) => {
    if (!first) return listeners.forEach((l) => l(message));
    first = false;
    boot(message, { post: ipc.post, onMessage: (l) => void listeners.push(l) });
  });
} else {
  process.stderr.write('core: start me with utilityProcess.fork or child_process.fork\n');
  process.exit(2);
}
