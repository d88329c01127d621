// linted as: renderer/src/features/export/bad-bridge.ts
// Reaching the preload's bridge outside renderer/src/api, and forcing a name into the contract.
import type { CallName } from '@shared/contract';

export async function save(bytes: string): Promise<unknown> {
  return window.workbench?.call('shell.saveFile' as CallName, { bytes }, { lang: 'en' });
}
