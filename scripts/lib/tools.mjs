// The programs `npm test` needs beyond node_modules: where each is looked for, which package
// brings it on each OS, and the one command that installs what is missing. Plain Node (no
// TypeScript): the preflight runs before any build. Tests import the same finder
// (test/support/tools.ts), so they use exactly what the preflight found.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Where the well-known install folders are looked for: `/` normally. The preflight's own test
 * points it at an empty folder to stand for a machine where nothing is installed.
 */
export function toolsRoot(env = process.env) {
  return env.WORKBENCH_TOOLS_ROOT || '/';
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function under(root, path) {
  return root === '/' ? path : join(root, path);
}

/** The first `name` (with the OS's executable extensions) on the PATH, or null. */
function onPath(names, env, platform) {
  const exts = platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean))
    for (const name of names)
      for (const ext of exts) if (isExecutable(join(dir, name + ext))) return join(dir, name + ext);
  return null;
}

/** Sub-folders of `dir`, highest version first (postgresql/16 before postgresql/15). */
function versionDirs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => /^\d/.test(d) || /postgresql@?\d*/.test(d))
    .sort((a, b) => Number(/\d+/.exec(b)?.[0] ?? 0) - Number(/\d+/.exec(a)?.[0] ?? 0))
    .map((d) => join(dir, d));
}

function windowsDirs(env) {
  return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
}

const CHROMIUM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];

function findChromium(env, platform, root) {
  const known =
    platform === 'darwin'
      ? [
          '/Applications/Chromium.app/Contents/MacOS/Chromium',
          '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
          '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
        ].map((p) => under(root, p))
      : platform === 'win32'
        ? windowsDirs(env).flatMap((d) => [
            join(d, 'Google', 'Chrome', 'Application', 'chrome.exe'),
            join(d, 'Chromium', 'Application', 'chrome.exe'),
            join(d, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
          ])
        : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'].map((p) =>
            under(root, p),
          );
  return (
    known.find(isExecutable) ?? onPath(platform === 'win32' ? ['chrome', 'msedge'] : CHROMIUM_NAMES, env, platform)
  );
}

function findSoffice(env, platform, root) {
  const known =
    platform === 'darwin'
      ? [under(root, '/Applications/LibreOffice.app/Contents/MacOS/soffice')]
      : platform === 'win32'
        ? windowsDirs(env).map((d) => join(d, 'LibreOffice', 'program', 'soffice.exe'))
        : [under(root, '/usr/bin/soffice'), under(root, '/usr/lib/libreoffice/program/soffice')];
  return known.find(isExecutable) ?? onPath(['soffice', 'libreoffice'], env, platform);
}

/** A folder holding every one of `names` (a tool made of several programs, such as PostgreSQL's). */
function dirWith(names, candidates, env, platform) {
  const ext = platform === 'win32' ? '.exe' : '';
  const complete = (dir) => names.every((n) => isExecutable(join(dir, n + ext)));
  const found = candidates.find(complete);
  if (found) return found;
  const first = onPath([names[0]], env, platform);
  if (first) {
    const dir = first.slice(0, first.length - (names[0] + ext).length - 1);
    if (complete(dir)) return dir;
  }
  return null;
}

const PG_PROGRAMS = ['initdb', 'pg_ctl', 'postgres'];

function findPostgres(env, platform, root) {
  const candidates =
    platform === 'darwin'
      ? [
          ...versionDirs(under(root, '/opt/homebrew/opt')).map((d) => join(d, 'bin')),
          ...versionDirs(under(root, '/usr/local/opt')).map((d) => join(d, 'bin')),
          under(root, '/Applications/Postgres.app/Contents/Versions/latest/bin'),
        ]
      : platform === 'win32'
        ? windowsDirs(env).flatMap((d) => versionDirs(join(d, 'PostgreSQL')).map((v) => join(v, 'bin')))
        : versionDirs(under(root, '/usr/lib/postgresql')).map((d) => join(d, 'bin'));
  return dirWith(PG_PROGRAMS, candidates, env, platform);
}

const POPPLER_PROGRAMS = ['pdftoppm', 'pdftotext', 'pdfinfo'];

function findPoppler(env, platform, root) {
  const candidates =
    platform === 'win32' ? [] : ['/usr/bin', '/opt/homebrew/bin', '/usr/local/bin'].map((p) => under(root, p));
  return dirWith(POPPLER_PROGRAMS, candidates, env, platform);
}

const CJK_FONT = /(NotoSansCJK|NotoSerifCJK|NotoSansSC|SourceHanSans|wqy-|DroidSansFallback)/i;

function hasCjkFont(dir, depth = 0) {
  if (depth > 4 || !existsSync(dir)) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() ? hasCjkFont(join(dir, entry.name), depth + 1) : CJK_FONT.test(entry.name)) return true;
  }
  return false;
}

/** Chinese fonts matter only on Linux: macOS and Windows ship them with the system. */
function findCjkFonts(env, platform, root) {
  if (platform !== 'linux') return 'system';
  const dirs = [under(root, '/usr/share/fonts'), under(root, '/usr/local/share/fonts')];
  if (root === '/' && env.HOME) dirs.push(join(env.HOME, '.local/share/fonts'), join(env.HOME, '.fonts'));
  return dirs.find((d) => hasCjkFont(d)) ?? null;
}

/**
 * A Python 3 that can `import docx`: the tests read every Word export back with python-docx, a
 * reader independent of the code that wrote it. The import is tried, not assumed: Debian's
 * python3 comes without the module.
 */
function findPythonDocx(env, platform, root) {
  const known = platform === 'win32' ? [] : ['/usr/bin/python3', '/usr/local/bin/python3'].map((p) => under(root, p));
  const python = known.find(isExecutable) ?? onPath(['python3', 'python'], env, platform);
  if (!python) return null;
  try {
    execFileSync(python, ['-c', 'import docx'], { stdio: 'ignore', timeout: 30_000 });
    return python;
  } catch {
    return null;
  }
}

/**
 * Each tool: how to find it, the variable that overrides the search, what needs it, and the
 * package that brings it per package manager. `render` marks what WORKBENCH_SKIP_RENDER=1 leaves out.
 */
export const TOOLS = [
  {
    id: 'chromium',
    label: 'Chromium',
    envVar: 'WORKBENCH_CHROMIUM',
    neededBy: 'the end-to-end tests',
    find: findChromium,
    packages: {
      apt: 'chromium',
      dnf: 'chromium',
      pacman: 'chromium',
      brew: '--cask chromium',
      winget: 'Google.Chrome',
    },
  },
  {
    id: 'cjk-fonts',
    label: 'Chinese fonts',
    envVar: null,
    neededBy: 'the screenshots and rendered documents',
    find: findCjkFonts,
    packages: { apt: 'fonts-noto-cjk', dnf: 'google-noto-sans-cjk-fonts', pacman: 'noto-fonts-cjk' },
  },
  {
    id: 'libreoffice',
    label: 'LibreOffice',
    envVar: 'WORKBENCH_SOFFICE',
    neededBy: 'the PDF export and rendering tests',
    render: true,
    find: findSoffice,
    packages: {
      apt: 'libreoffice-writer-nogui',
      dnf: 'libreoffice-writer',
      pacman: 'libreoffice-fresh',
      brew: '--cask libreoffice',
      winget: 'TheDocumentFoundation.LibreOffice',
    },
  },
  {
    id: 'poppler',
    label: 'Poppler (pdftoppm)',
    envVar: 'WORKBENCH_POPPLER_BIN',
    neededBy: 'the rendering tests',
    render: true,
    find: findPoppler,
    packages: {
      apt: 'poppler-utils',
      dnf: 'poppler-utils',
      pacman: 'poppler',
      brew: 'poppler',
      winget: 'oschwartz10612.Poppler',
    },
  },
  {
    id: 'postgresql',
    label: 'PostgreSQL',
    envVar: 'WORKBENCH_PG_BIN',
    neededBy: 'the team-server tests',
    find: findPostgres,
    packages: {
      apt: 'postgresql',
      dnf: 'postgresql-server',
      pacman: 'postgresql',
      brew: 'postgresql@16',
      winget: 'PostgreSQL.PostgreSQL.16',
    },
  },
  {
    id: 'python-docx',
    label: 'python-docx',
    envVar: 'WORKBENCH_PYTHON',
    neededBy: 'the Word export tests (an independent reader)',
    find: findPythonDocx,
    packages: { apt: 'python3-docx', dnf: 'python3-docx', pacman: 'python-docx' },
  },
];

/**
 * Where one tool is: its override variable when set (and usable), else the usual places.
 * `{ path }` when found; `{ path: null, reason }` when not.
 */
export function locate(tool, { env = process.env, platform = process.platform } = {}) {
  const override = tool.envVar ? env[tool.envVar] : undefined;
  if (override) {
    const ok =
      tool.id === 'postgresql'
        ? PG_PROGRAMS.every((n) => isExecutable(join(override, n + (platform === 'win32' ? '.exe' : ''))))
        : tool.id === 'poppler'
          ? POPPLER_PROGRAMS.every((n) => isExecutable(join(override, n + (platform === 'win32' ? '.exe' : ''))))
          : isExecutable(override);
    return ok ? { path: override } : { path: null, reason: `${tool.envVar}=${override} is not usable` };
  }
  const path = tool.find(env, platform, toolsRoot(env));
  return path ? { path } : { path: null, reason: 'not found' };
}

/** True when WORKBENCH_SKIP_RENDER asks to leave out LibreOffice and everything rendered with it. */
export function skipRender(env = process.env) {
  return env.WORKBENCH_SKIP_RENDER === '1' || env.WORKBENCH_SKIP_RENDER === 'true';
}

/** The tools this run needs: all of them, less the rendering ones when skipped. */
export function neededTools(env = process.env) {
  return TOOLS.filter((t) => !(t.render && skipRender(env)));
}

/** Every needed tool with where it is (or why not). */
export function survey(options = {}) {
  const env = options.env ?? process.env;
  return neededTools(env).map((tool) => ({ tool, ...locate(tool, options) }));
}

/** The package manager of this OS, from os-release on Linux; null where none is known. */
export function packageManager({ env = process.env, platform = process.platform } = {}) {
  if (platform === 'darwin') return 'brew';
  if (platform === 'win32') return 'winget';
  if (platform !== 'linux') return null;
  const file = under(toolsRoot(env), '/etc/os-release');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const ids = [...text.matchAll(/^(?:ID|ID_LIKE)=(.*)$/gm)].flatMap((m) => m[1].replace(/"/g, '').split(/\s+/));
  if (ids.some((id) => id === 'debian' || id === 'ubuntu')) return 'apt';
  if (ids.some((id) => id === 'fedora' || id === 'rhel' || id === 'centos')) return 'dnf';
  if (ids.some((id) => id === 'arch')) return 'pacman';
  return null;
}

/** The one command that installs `missing` tools with `manager` (as a normal user). */
export function installCommand(missing, manager) {
  const pkgs = missing.map((t) => t.packages[manager]).filter(Boolean);
  switch (manager) {
    case 'apt':
      return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
    case 'dnf':
      return `sudo dnf install -y ${pkgs.join(' ')}`;
    case 'pacman':
      return `sudo pacman -S --needed ${pkgs.join(' ')}`;
    case 'brew': {
      const casks = pkgs.filter((p) => p.startsWith('--cask ')).map((p) => p.slice('--cask '.length));
      const formulae = pkgs.filter((p) => !p.startsWith('--cask '));
      return [
        formulae.length ? `brew install ${formulae.join(' ')}` : '',
        casks.length ? `brew install --cask ${casks.join(' ')}` : '',
      ]
        .filter(Boolean)
        .join(' && ');
    }
    case 'winget':
      return pkgs.map((p) => `winget install -e --id ${p}`).join(' && ');
    default:
      return null;
  }
}

/**
 * The one line that stops a run for lack of tools: what is missing, the command that brings it,
 * and the opt-out for the rendering tools.
 */
export function missingLine(missing, manager) {
  const names = missing.map((m) => (m.reason === 'not found' ? m.tool.label : `${m.tool.label} (${m.reason})`));
  const command = installCommand(
    missing.map((m) => m.tool),
    manager,
  );
  const how = command
    ? `install with: ${command}`
    : `install them with your package manager, or point ${missing
        .map((m) => m.tool.envVar)
        .filter(Boolean)
        .join(' / ')} at them`;
  const optOut = missing.some((m) => m.tool.render)
    ? ' (or set WORKBENCH_SKIP_RENDER=1 to test without LibreOffice)'
    : '';
  return `npm test needs ${names.join(', ')} — ${how}${optOut}`;
}
