// linted as: electron/main/bad-direct-core.ts
// The main process opening the core itself (the window would freeze on every SQLite call).
import { openCore } from '../core';

export const open = openCore;
