// linted as: renderer/src/lint-fixture.ts — the renderer reaching into electron/.
import { isoNow } from '../../electron/core/time';

export const stamp = (): string => isoNow();
