/**
 * The renderer's only door to the main process: `window.workbench.call(name, args, options)`.
 * Nothing else is exposed, and never `ipcRenderer` itself (with it a compromised page could send
 * on any channel). Sandboxed, so this file may import nothing but `electron`; main checks every
 * call's sender and arguments anyway.
 */
import { contextBridge, ipcRenderer } from 'electron';

// Keep in step with CALL_CHANNEL in electron/main/window-policy.ts (a sandboxed preload can't share modules at runtime).
const CALL_CHANNEL = 'workbench:call';

contextBridge.exposeInMainWorld('workbench', {
  call: (name: string, args?: unknown, options?: { lang?: string }): Promise<unknown> =>
    ipcRenderer.invoke(CALL_CHANNEL, name, args, options),
});
