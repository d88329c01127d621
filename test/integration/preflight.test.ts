import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installCommand, TOOLS } from '../../scripts/lib/tools.mjs';
import { requireTool } from '../support/tools';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const IS_ROOT = process.getuid?.() === 0;

/**
 * The preflight on a machine where nothing is installed: WORKBENCH_TOOLS_ROOT points the search
 * for the usual install folders at an empty folder (with only an os-release), and PATH holds an
 * empty folder. Run as a real non-root user (`nobody`, through runuser) when the test runs as root.
 */
function runAsUser(script: string, env: Record<string, string>) {
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  const command = [process.execPath, join(ROOT, script)];
  const result = IS_ROOT
    ? spawnSync('runuser', ['-u', 'nobody', '--', '/usr/bin/env', '-i', ...vars, ...command], { encoding: 'utf8' })
    : spawnSync('/usr/bin/env', ['-i', ...vars, ...command], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function executable(path: string) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\nexit 0\n');
  chmodSync(path, 0o755);
}

describe('preflight', () => {
  let dir: string;
  let empty: string;
  let debian: string;
  let fedora: string;
  let full: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'workbench-preflight-test-'));
    chmodSync(dir, 0o755); // the non-root user reads these folders
    empty = join(dir, 'path');
    mkdirSync(empty);
    debian = join(dir, 'debian');
    mkdirSync(join(debian, 'etc'), { recursive: true });
    writeFileSync(join(debian, 'etc/os-release'), 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n');
    fedora = join(dir, 'fedora');
    mkdirSync(join(fedora, 'etc'), { recursive: true });
    writeFileSync(join(fedora, 'etc/os-release'), 'ID=fedora\n');
    // A machine with everything in its usual place, two PostgreSQL versions side by side.
    full = join(dir, 'full');
    mkdirSync(join(full, 'etc'), { recursive: true });
    writeFileSync(join(full, 'etc/os-release'), 'ID=ubuntu\nID_LIKE=debian\n');
    executable(join(full, 'usr/bin/chromium'));
    executable(join(full, 'usr/bin/soffice'));
    // Stands for a python3 whose `import docx` works (the stand-in exits 0 whatever it is asked).
    executable(join(full, 'usr/bin/python3'));
    for (const p of ['pdftoppm', 'pdftotext', 'pdfinfo']) executable(join(full, 'usr/bin', p));
    for (const v of ['15', '16'])
      for (const p of ['initdb', 'pg_ctl', 'postgres']) executable(join(full, 'usr/lib/postgresql', v, 'bin', p));
    mkdirSync(join(full, 'usr/share/fonts/opentype/noto'), { recursive: true });
    writeFileSync(join(full, 'usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const aptLine =
    'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk libreoffice-writer-nogui poppler-utils postgresql python3-docx';

  it('as non-root on Debian with nothing installed, stops in one line naming the apt command', () => {
    const r = runAsUser('scripts/preflight.mjs', { PATH: empty, WORKBENCH_TOOLS_ROOT: debian });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(
      'npm test needs Chromium, Chinese fonts, LibreOffice, Poppler (pdftoppm), PostgreSQL, python-docx — install with: ',
    );
    expect(r.stderr).toContain(aptLine);
    expect(r.stderr).toContain('WORKBENCH_SKIP_RENDER=1');
  });

  it('npm test itself stops in that one line before any test runs (no build, no vitest)', () => {
    const r = runAsUser('scripts/test.mjs', { PATH: empty, WORKBENCH_TOOLS_ROOT: debian });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(aptLine);
  });

  it('WORKBENCH_SKIP_RENDER=1 leaves LibreOffice and Poppler out of what is needed', () => {
    const r = runAsUser('scripts/preflight.mjs', {
      PATH: empty,
      WORKBENCH_TOOLS_ROOT: debian,
      WORKBENCH_SKIP_RENDER: '1',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('npm test needs Chromium, Chinese fonts, PostgreSQL, python-docx — install with: ');
    expect(r.stderr).toContain('--no-install-recommends chromium fonts-noto-cjk postgresql python3-docx\n');
    expect(r.stderr).not.toMatch(/LibreOffice|poppler/i);
  });

  it('names the command of the OS it is on (Fedora: dnf)', () => {
    const r = runAsUser('scripts/preflight.mjs', { PATH: empty, WORKBENCH_TOOLS_ROOT: fedora });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'sudo dnf install -y chromium google-noto-sans-cjk-fonts libreoffice-writer poppler-utils postgresql-server python3-docx',
    );
  });

  it('finds everything in the usual places, the newest PostgreSQL first, and says where', () => {
    const r = runAsUser('scripts/preflight.mjs', { PATH: empty, WORKBENCH_TOOLS_ROOT: full });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`chromium: ${join(full, 'usr/bin/chromium')}`);
    expect(r.stdout).toContain(`libreoffice: ${join(full, 'usr/bin/soffice')}`);
    expect(r.stdout).toContain(`poppler: ${join(full, 'usr/bin')}`);
    expect(r.stdout).toContain(`postgresql: ${join(full, 'usr/lib/postgresql/16/bin')}`);
    expect(r.stdout).toContain(`cjk-fonts: ${join(full, 'usr/share/fonts')}`);
    expect(r.stdout).toContain(`python-docx: ${join(full, 'usr/bin/python3')}`);
  });

  it('finds tools on the PATH and honours WORKBENCH_CHROMIUM / WORKBENCH_PG_BIN, refusing ones that point nowhere', () => {
    const bin = join(dir, 'bin');
    executable(join(bin, 'google-chrome'));
    const ok = runAsUser('scripts/preflight.mjs', {
      PATH: bin,
      WORKBENCH_TOOLS_ROOT: full,
      WORKBENCH_PG_BIN: join(full, 'usr/lib/postgresql/15/bin'),
    });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`postgresql: ${join(full, 'usr/lib/postgresql/15/bin')}`);
    const onPath = runAsUser('scripts/preflight.mjs', { PATH: bin, WORKBENCH_TOOLS_ROOT: debian });
    expect(onPath.stderr).not.toContain('Chromium');
    const bad = runAsUser('scripts/preflight.mjs', {
      PATH: empty,
      WORKBENCH_TOOLS_ROOT: full,
      WORKBENCH_CHROMIUM: '/nowhere/chrome',
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Chromium (WORKBENCH_CHROMIUM=/nowhere/chrome is not usable)');
  });

  it('a test that needs a missing tool fails with the same one line (no silent skip)', () => {
    const saved = { PATH: process.env.PATH, WORKBENCH_TOOLS_ROOT: process.env.WORKBENCH_TOOLS_ROOT };
    const savedSoffice = process.env.WORKBENCH_SOFFICE;
    try {
      process.env.PATH = empty;
      process.env.WORKBENCH_TOOLS_ROOT = debian;
      delete process.env.WORKBENCH_SOFFICE;
      expect(() => requireTool('libreoffice')).toThrow(
        'npm test needs LibreOffice — install with: sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui (or set WORKBENCH_SKIP_RENDER=1 to test without LibreOffice)',
      );
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.WORKBENCH_TOOLS_ROOT === undefined) delete process.env.WORKBENCH_TOOLS_ROOT;
      else process.env.WORKBENCH_TOOLS_ROOT = saved.WORKBENCH_TOOLS_ROOT;
      if (savedSoffice !== undefined) process.env.WORKBENCH_SOFFICE = savedSoffice;
    }
  });

  it('gives one command for macOS (Homebrew) and Windows (winget)', () => {
    expect(installCommand(TOOLS, 'brew')).toBe(
      'brew install poppler postgresql@16 && brew install --cask chromium libreoffice',
    );
    expect(installCommand(TOOLS, 'winget')).toBe(
      'winget install -e --id Google.Chrome && winget install -e --id TheDocumentFoundation.LibreOffice && winget install -e --id oschwartz10612.Poppler && winget install -e --id PostgreSQL.PostgreSQL.16',
    );
  });

  it('on this machine, finds every tool the suite needs', () => {
    for (const t of TOOLS) expect(requireTool(t.id), t.id).toBeTruthy();
  });
});
