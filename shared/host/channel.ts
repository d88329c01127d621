/**
 * One end of a message channel between two processes, whatever carries it: Electron's
 * MessagePortMain (main ↔ the core's utility process), a Node child's IPC channel (the same
 * protocol under plain Node: tests, scripts), or a worker's port. Messages are structured clones;
 * each end validates what it receives (shared/host/protocol.ts).
 */
export interface Channel {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** Electron's MessagePortMain: `message` events carry `{ data }`, and the port must be started. */
export interface MessagePortMainLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  start(): void;
}

export function channelFromMessagePortMain(port: MessagePortMainLike): Channel {
  let started = false;
  return {
    post: (message) => port.postMessage(message),
    onMessage(listener) {
      port.on('message', (event) => listener(event.data));
      // Messages queue until the port is started; start once the first listener is in place.
      if (!started) port.start();
      started = true;
    },
  };
}

/** A Node process's IPC channel, seen from either side (`process` in the child, the ChildProcess in the parent). */
export interface IpcEndLike {
  send?(message: unknown): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

export function channelFromIpc(end: IpcEndLike): Channel {
  return {
    post(message) {
      if (!end.send) throw new Error('this process has no IPC channel');
      end.send(message);
    },
    onMessage: (listener) => void end.on('message', listener),
  };
}
