import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Global set-up of the projects that copy played demo workspace files (demo-workspace.ts): one
 * folder for the run, shared by its workers, removed when the run ends — so every run plays the
 * demo of the code it tests, never a file left from an earlier one.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-demo-cache-'));
  project.provide('demoCacheDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoCacheDir: string;
  }
}
