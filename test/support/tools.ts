import { locate, missingLine, packageManager, skipRender, TOOLS, type ToolId } from '../../scripts/lib/tools.mjs';

/**
 * The programs the tests drive (browser, LibreOffice, Poppler, PostgreSQL), found exactly as the
 * preflight finds them — `npm test` passes the preflight's findings in the same variables the
 * search honours first. A test that needs a missing tool fails with the preflight's one line; it
 * never skips itself quietly.
 */
export function requireTool(id: ToolId): string {
  const tool = TOOLS.find((t) => t.id === id);
  if (!tool) throw new Error(`Unknown tool ${id}`);
  const found = locate(tool);
  if (found.path) return found.path;
  throw new Error(missingLine([{ tool, ...found }], packageManager()));
}

/**
 * The one documented opt-out: WORKBENCH_SKIP_RENDER=1 leaves out the LibreOffice tests, and
 * `npm test` says so before and after the run.
 */
export const SKIP_RENDER = skipRender();
