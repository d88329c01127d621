// Types for tools.mjs, which the tests import (test/support/tools.ts).
export type ToolId = 'chromium' | 'cjk-fonts' | 'libreoffice' | 'poppler' | 'postgresql' | 'python-docx';
export type PackageManager = 'apt' | 'dnf' | 'pacman' | 'brew' | 'winget';

export interface Tool {
  id: ToolId;
  label: string;
  envVar: string | null;
  neededBy: string;
  render?: boolean;
  packages: Partial<Record<PackageManager, string>>;
}

export interface Located {
  path: string | null;
  reason?: string;
}

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

export const TOOLS: Tool[];
export function toolsRoot(env?: NodeJS.ProcessEnv): string;
export function locate(tool: Tool, options?: FindOptions): Located;
export function skipRender(env?: NodeJS.ProcessEnv): boolean;
export function neededTools(env?: NodeJS.ProcessEnv): Tool[];
export function survey(options?: FindOptions): Array<Located & { tool: Tool }>;
export function packageManager(options?: FindOptions): PackageManager | null;
export function installCommand(missing: Tool[], manager: PackageManager | null): string | null;
export function missingLine(missing: Array<Located & { tool: Tool }>, manager: PackageManager | null): string;
