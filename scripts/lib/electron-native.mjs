// Getting the desktop app runnable on a user's machine: the Electron binary (which npm install
// skips here, see "allowScripts" in package.json) and better-sqlite3 built for Electron's ABI.
// The Electron build is a separate copy under .electron-native/: node_modules keeps Node's build,
// which the tests and browser mode load. electron/main/native-binding.ts reads the same paths.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { run } from './child.mjs';
import { binScript, packageDir, packageVersion, ROOT, say } from './project.mjs';

export const NATIVE_DIR = join(ROOT, '.electron-native');
export const NATIVE_FILE = join(NATIVE_DIR, 'better_sqlite3.node');
const STAMP_FILE = join(NATIVE_DIR, 'better_sqlite3.stamp.json');
const BUILD_ROOT = join(NATIVE_DIR, 'build');
const BUILD_DIR = join(BUILD_ROOT, 'better-sqlite3');

/** Offline, name lookups fail at once but a black-holed network hangs; either way give up fast. */
const PROBE_TIMEOUT_MS = 8_000;
/** Online, a slow line needs its time for ~100 MB; this only stops a download that truly hangs. */
const DOWNLOAD_TIMEOUT_MS = 30 * 60_000;
const PREBUILT_TIMEOUT_MS = 3 * 60_000;
const COMPILE_TIMEOUT_MS = 20 * 60_000;

export function electronVersion() {
  return packageVersion('electron');
}

// ── The Electron binary ─────────────────────────────────────────────────────────────────────

/** The Electron executable when installed for the version package.json pins, else null. */
export function installedElectron() {
  const dir = packageDir('electron');
  if (!dir) return null;
  try {
    const executable = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    if (override) return existsSync(join(override, executable)) ? join(override, executable) : null;
    const version = readFileSync(join(dir, 'dist', 'version'), 'utf8')
      .trim()
      .replace(/^v/, '');
    if (version !== electronVersion()) return null;
    const path = join(dir, 'dist', executable);
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Where @electron/get downloads from: its mirror settings (China: npmmirror), else GitHub. */
function downloadBase() {
  const env = process.env;
  return (
    env.npm_config_electron_mirror ||
    env.NPM_CONFIG_ELECTRON_MIRROR ||
    env.npm_package_config_electron_mirror ||
    env.ELECTRON_MIRROR ||
    'https://github.com/electron/electron/releases/download/'
  );
}

/** @electron/get's cache folder (env-paths('electron').cache), where an earlier download may wait. */
function downloadCacheRoot() {
  if (process.env.electron_config_cache) return process.env.electron_config_cache;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  if (process.platform === 'win32')
    return join(process.env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'electron', 'Cache');
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'electron');
}

/** Is the zip for this version already cached? Then install.js needs no network at all. */
function cachedDownload(version) {
  const zip = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  const root = downloadCacheRoot();
  try {
    return readdirSync(root).some((d) => existsSync(join(root, d, zip)));
  } catch {
    return false;
  }
}

/** Any HTTP answer at all from the download host counts; only "no answer in time" means offline. */
async function reachable(url) {
  try {
    await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Make sure the Electron binary is there, downloading it with Electron's own installer
 * (node_modules/electron/install.js, which shows its progress bar) when it is not.
 * Resolves { ok: true, path } or { ok: false, reason }.
 */
export async function ensureElectronBinary() {
  const existing = installedElectron();
  if (existing) return { ok: true, path: existing };
  const dir = packageDir('electron');
  const version = electronVersion();
  if (!dir || !version) return { ok: false, reason: 'the electron package is not installed; run npm install' };

  const cached = cachedDownload(version);
  // A proxy is used only through global-agent (ELECTRON_GET_USE_PROXY); a direct probe would say nothing about it.
  if (!cached && !process.env.ELECTRON_GET_USE_PROXY) {
    say(`Electron ${version} is not downloaded yet; checking ${new URL(downloadBase()).host}…`);
    if (!(await reachable(downloadBase())))
      return { ok: false, reason: 'offline: could not download the Electron binary' };
  }
  say(
    cached
      ? `Installing Electron ${version} from the download cache…`
      : `Downloading Electron ${version} (about 100 MB, once; a progress bar follows)…`,
  );
  if (!cached && !process.env.ELECTRON_MIRROR && !process.env.npm_config_electron_mirror) {
    say('  (slow? set ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ and run npm run electron:setup)');
  }
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD; // the user asked for Electron now, whatever the install-time setting
  const result = await run(process.execPath, [join(dir, 'install.js')], {
    cwd: dir,
    env,
    timeoutMs: DOWNLOAD_TIMEOUT_MS,
  });
  const path = installedElectron();
  if (path) {
    say(`Electron ${version} is installed.`);
    return { ok: true, path };
  }
  return {
    ok: false,
    reason: result.timedOut
      ? 'the Electron download timed out'
      : `could not download the Electron binary (installer exit code ${result.code ?? result.signal})`,
  };
}

// ── better-sqlite3 for Electron ─────────────────────────────────────────────────────────────

function wantedStamp() {
  return {
    electron: electronVersion(),
    betterSqlite3: packageVersion('better-sqlite3'),
    platform: process.platform,
    arch: process.arch,
  };
}

/** True when .electron-native holds a build for exactly this Electron and better-sqlite3. */
export function nativeIsFresh() {
  if (!existsSync(NATIVE_FILE)) return false;
  try {
    const stamp = JSON.parse(readFileSync(STAMP_FILE, 'utf8'));
    const wanted = wantedStamp();
    return Object.keys(wanted).every((k) => stamp[k] === wanted[k]);
  } catch {
    return false;
  }
}

/**
 * npm passes its config to scripts as npm_config_*; a `nodedir` (or target/runtime) there would
 * make node-gyp quietly build against Node's headers instead of Electron's.
 */
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|build_from_source)$/i.test(key))
      delete env[key];
  }
  return env;
}

/** node-gyp as npm ships it (no download), else a local one, else through npx. */
function nodeGyp() {
  const candidates = [
    process.env.npm_execpath &&
      join(dirname(dirname(process.env.npm_execpath)), 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    process.platform === 'win32'
      ? join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
      : join(
          dirname(process.execPath),
          '..',
          'lib',
          'node_modules',
          'npm',
          'node_modules',
          'node-gyp',
          'bin',
          'node-gyp.js',
        ),
    binScript('node-gyp'),
  ].filter(Boolean);
  const found = candidates.find((c) => existsSync(c));
  if (found) return { command: process.execPath, args: [found] };
  const npxCli = process.env.npm_execpath && join(dirname(process.env.npm_execpath), 'npx-cli.js');
  if (npxCli && existsSync(npxCli)) return { command: process.execPath, args: [npxCli, '--yes', 'node-gyp'] };
  return {
    command: process.platform === 'win32' ? 'npx.cmd' : 'npx',
    args: ['--yes', 'node-gyp'],
    shell: process.platform === 'win32',
  };
}

/** A clean copy of the better-sqlite3 sources (without Node's build) to build in. */
function copySources() {
  const source = packageDir('better-sqlite3');
  if (!source) throw new Error('better-sqlite3 is not installed; run npm install');
  rmSync(BUILD_ROOT, { recursive: true, force: true });
  mkdirSync(BUILD_ROOT, { recursive: true });
  cpSync(source, BUILD_DIR, {
    recursive: true,
    filter: (path) => {
      const top = relative(source, path).split(sep)[0];
      return top !== 'build' && top !== 'node_modules';
    },
  });
}

async function tryPrebuilt(version) {
  const cli = binScript('prebuild-install');
  if (!cli) return false;
  say('  Looking for a prebuilt binary (prebuild-install)…');
  await run(
    process.execPath,
    [
      cli,
      '--runtime=electron',
      `--target=${version}`,
      `--arch=${process.arch}`,
      `--platform=${process.platform}`,
      '--verbose',
    ],
    { cwd: BUILD_DIR, env: buildEnv(), timeoutMs: PREBUILT_TIMEOUT_MS },
  );
  return existsSync(join(BUILD_DIR, 'build', 'Release', 'better_sqlite3.node'));
}

async function tryCompile(version) {
  say('  No prebuilt binary; compiling with node-gyp (needs Python 3 and a C++ compiler; a few minutes)…');
  const gyp = nodeGyp();
  await run(
    gyp.command,
    [
      ...gyp.args,
      'rebuild',
      '--release',
      `--target=${version}`,
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
      `--arch=${process.arch}`,
    ],
    { cwd: BUILD_DIR, env: buildEnv(), timeoutMs: COMPILE_TIMEOUT_MS, shell: gyp.shell ?? false },
  );
  return existsSync(join(BUILD_DIR, 'build', 'Release', 'better_sqlite3.node'));
}

/**
 * Make sure .electron-native/better_sqlite3.node is built for this Electron version, building it
 * when it is missing or stale. Resolves { ok: true } or { ok: false, reason }.
 */
export async function ensureElectronNative() {
  if (nativeIsFresh()) return { ok: true };
  const stamp = wantedStamp();
  if (!stamp.electron || !stamp.betterSqlite3)
    return { ok: false, reason: 'electron or better-sqlite3 is not installed; run npm install' };
  say(`Building better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} (once per version)…`);
  try {
    copySources();
  } catch (e) {
    return { ok: false, reason: `could not prepare the better-sqlite3 build: ${e.message}` };
  }
  const built = (await tryPrebuilt(stamp.electron)) || (await tryCompile(stamp.electron));
  if (!built)
    return {
      ok: false,
      reason: 'could not build better-sqlite3 for Electron (no prebuilt binary, and node-gyp failed)',
    };
  // Copy then rename: an interrupted copy must never look like a finished build.
  try {
    const partial = `${NATIVE_FILE}.partial`;
    copyFileSync(join(BUILD_DIR, 'build', 'Release', 'better_sqlite3.node'), partial);
    renameSync(partial, NATIVE_FILE);
    writeFileSync(STAMP_FILE, `${JSON.stringify(stamp, null, 2)}\n`);
  } catch (e) {
    // Windows refuses to replace a binary a running workbench has loaded.
    return { ok: false, reason: `could not install the new build (is the workbench still running?): ${e.message}` };
  }
  rmSync(BUILD_ROOT, { recursive: true, force: true });
  say(`  Done: ${relative(ROOT, NATIVE_FILE)}`);
  return { ok: true };
}

/** Both steps, in order; the first failure stops. */
export async function setupElectron() {
  const binary = await ensureElectronBinary();
  if (!binary.ok) return binary;
  const native = await ensureElectronNative();
  return native.ok ? binary : native;
}
