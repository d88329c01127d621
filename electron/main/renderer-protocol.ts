/**
 * What `app://workbench/…` answers: files of the built renderer, with the CSP as a response header
 * (a header can't be dropped or weakened by the page, unlike a <meta> tag). Pure (no `electron`
 * import), so tests can request paths under plain Node.
 */
import { CONTENT_SECURITY_POLICY } from '../common/csp';
import { readStatic } from '../server/static-files';
import { APP_HOST, APP_SCHEME } from './window-policy';

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Serve `url` from `rendererDir`. Path traversal (`..`, encoded or not) is refused by `readStatic`,
 * the same guard browser mode uses; unknown hosts and non-GET methods get nothing.
 */
export async function rendererResponse(url: string, method: string, rendererDir: string): Promise<Response> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return plain(400, 'Bad request');
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.hostname !== APP_HOST || u.port !== '') return plain(404, 'Not found');
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = await readStatic(rendererDir, u.pathname);
  if (!file) return plain(404, 'Not found');
  return new Response(method === 'HEAD' ? null : new Uint8Array(file.body), {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': file.type,
      'Cache-Control': file.type.startsWith('text/html') ? 'no-store' : 'public, max-age=3600',
    },
  });
}
