// linted as: shared/lint-fixture.ts — the control: a shared module importing only shared code.
import { localToday } from './dates/local';

export const today = (): string => localToday();
