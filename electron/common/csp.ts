/**
 * The renderer's Content-Security-Policy, the same under Electron and in browser mode: only our
 * own scripts, no eval, no remote anything. Inline style attributes are allowed because React's
 * `style` props and the chart library write them; inline scripts are not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
