// linted as: shared/lint-fixture.ts — shared/ reaching up into electron/.
import { isoNow } from '../electron/core/time';

export const stamp = (): string => isoNow();
