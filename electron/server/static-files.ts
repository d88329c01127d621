import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
}

/**
 * Resolve a URL path inside `root`, refusing anything that would step outside it (`..`, encoded
 * or not, absolute paths, NUL bytes). Unknown paths fall back to index.html so client-side routes
 * survive a reload.
 */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${normalize(`/${decoded}`)}`);
  if (target !== base && !target.startsWith(base + sep)) return null;
  if (decoded.split('/').includes('..')) return null;
  const file = await existingFile(target);
  if (file) return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  if (extname(decoded) !== '') return null;
  const index = join(base, 'index.html');
  return (await existingFile(index)) ? { body: await readFile(index), type: TYPES['.html']! } : null;
}

async function existingFile(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index).catch(() => null))?.isFile() ? index : null;
    }
  } catch {
    return null;
  }
  return null;
}
