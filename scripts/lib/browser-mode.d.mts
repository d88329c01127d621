// Types for browser-mode.mjs, which the cold-start bench imports (bench/cold-start.bench.ts).
import type { ChildProcess } from 'node:child_process';

export interface SpawnOptions {
  args?: string[];
  onReady?: (url: string) => void;
  echo?: boolean;
  cwd?: string;
  /** Another build's out/main/server.js (default: this checkout's). */
  serverJs?: string;
}

export function spawnBrowserMode(options?: SpawnOptions): ChildProcess;

export function runBrowserMode(options?: {
  args?: string[];
  openBrowser?: boolean;
}): Promise<{ code: number | null; signal: NodeJS.Signals | null; error: Error | null }>;
