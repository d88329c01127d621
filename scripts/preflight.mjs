// Run by `npm test` before anything else: finds the browser, LibreOffice, Poppler, Chinese fonts
// and PostgreSQL the tests need. On Debian/Ubuntu as root it installs what is missing with apt,
// one line per package; anywhere else it prints the one command that would, and stops in one line
// (exit code 1) before any test runs. It never downloads a browser of its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { say } from './lib/project.mjs';
import { missingLine, packageManager, skipRender, survey, TOOLS } from './lib/tools.mjs';

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Runs one apt-get step with its output kept in a log; on failure, the log's tail explains. */
function apt(args, log) {
  const result = spawnSync('apt-get', args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  writeFileSync(log, `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`, {
    flag: 'a',
  });
  return result.status === 0;
}

/** Installs the missing tools' apt packages, one line each; false (with the reason said) on failure. */
function aptInstall(missing) {
  const dir = mkdtempSync(join(tmpdir(), 'workbench-preflight-'));
  const log = join(dir, 'apt.log');
  try {
    say('apt-get update…');
    if (!apt(['update'], log)) {
      say(`apt-get update failed: ${tail(log)}`);
      return false;
    }
    for (const { tool } of missing) {
      const pkg = tool.packages.apt;
      say(`installing ${pkg} (${tool.label}, for ${tool.neededBy})…`);
      if (!apt(['install', '-y', '--no-install-recommends', pkg], log)) {
        say(`apt-get install ${pkg} failed: ${tail(log)}`);
        return false;
      }
    }
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function tail(log) {
  return readFileSync(log, 'utf8').trim().split('\n').slice(-3).join(' | ');
}

/**
 * Finds (and where allowed, installs) the tools; returns them by id, or null after printing the
 * one line that says what to install.
 */
export function preflight({ env = process.env, platform = process.platform, install = true } = {}) {
  let found = survey({ env, platform });
  let missing = found.filter((f) => !f.path);
  const manager = packageManager({ env, platform });
  if (missing.length > 0 && install && manager === 'apt' && isRoot() && !env.WORKBENCH_TOOLS_ROOT) {
    // An override that points nowhere is a mistake to report, not a package to install.
    const installable = missing.filter((m) => m.reason === 'not found');
    if (installable.length === missing.length && aptInstall(installable)) {
      found = survey({ env, platform });
      missing = found.filter((f) => !f.path);
    }
  }
  if (missing.length > 0) {
    process.stderr.write(`[workbench] ${missingLine(missing, manager)}\n`);
    return null;
  }
  return Object.fromEntries(found.map((f) => [f.tool.id, f.path]));
}

/** The environment that makes the tests use exactly what the preflight found. */
export function toolEnv(tools) {
  const env = {};
  for (const tool of TOOLS) if (tool.envVar && tools[tool.id]) env[tool.envVar] = tools[tool.id];
  return env;
}

/** What this run leaves out on purpose, for the summary before and after the tests. */
export function skippedNote(env = process.env) {
  return skipRender(env)
    ? 'WORKBENCH_SKIP_RENDER=1: skipped the LibreOffice tests (PDF export and rendering, test/integration/export-render.test.ts)'
    : null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const tools = preflight();
  if (!tools) process.exit(1);
  for (const [id, path] of Object.entries(tools)) say(`${id}: ${path}`);
  const note = skippedNote();
  if (note) say(note);
}
