// linted as: electron/core/lint-fixture.ts — the core importing the Electron package.
import { app } from 'electron';

export const version = (): string => app.getVersion();
