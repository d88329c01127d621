import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localized } from '@shared/i18n/catalog';
import { ExportRefusal } from './refusal';

/**
 * PDF through LibreOffice, where it is installed: `soffice --headless --convert-to pdf`. Each
 * conversion gets its own LibreOffice profile folder, so two at once (or one beside a LibreOffice
 * the user has open) do not wait on each other's lock.
 */
const CANDIDATES = ['soffice', 'libreoffice'];
const WINDOWS_PATHS = ['C:\\Program Files\\LibreOffice\\program\\soffice.exe'];
const MAC_PATHS = ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
const CONVERT_TIMEOUT_MS = 120_000;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice binary: $WORKBENCH_SOFFICE, else the PATH, else the usual install folders; null if none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.WORKBENCH_SOFFICE) return isExecutable(env.WORKBENCH_SOFFICE) ? env.WORKBENCH_SOFFICE : null;
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of CANDIDATES)
      for (const ext of exts) if (isExecutable(join(dir, name + ext))) return join(dir, name + ext);
  for (const path of [...WINDOWS_PATHS, ...MAC_PATHS]) if (isExecutable(path)) return path;
  return null;
}

export const LIBREOFFICE_MISSING = localized('exportRefusals', 'libreOfficeMissing');

function run(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: CONVERT_TIMEOUT_MS, windowsHide: true }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

/** The PDF of a .docx; refuses plainly (`conflict`) where LibreOffice is not installed. */
export async function docxToPdf(docx: Uint8Array, soffice = findSoffice()): Promise<Uint8Array> {
  if (!soffice) throw new ExportRefusal('conflict', LIBREOFFICE_MISSING);
  const dir = await mkdtemp(join(tmpdir(), 'workbench-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    await writeFile(input, docx);
    await run(soffice, [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input,
    ]);
    return new Uint8Array(await readFile(join(dir, 'document.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
