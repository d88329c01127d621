// linted as: electron/main/good-spawn.ts
// The control: main may know where the core's utility-process entry is, and nothing else of the core.
import { CORE_ENTRY_FILE } from '../core/host/spawn';

export const entry = CORE_ENTRY_FILE;
