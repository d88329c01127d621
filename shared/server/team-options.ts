import * as z from 'zod';
import { localizedSection } from '../i18n/catalog';
import { bothLanguages } from '../i18n/lang';

/**
 * The team server's command line (`npm run server -- …`), checked before anything is opened: a
 * mistake is refused with what to do, in both languages, and nothing starts.
 */

/** Is this host name or address this machine only (127.0.0.0/8, ::1, localhost)? */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

/** `HOST:PORT` or `[IPv6]:PORT` → its parts; null when it is neither. */
export function parseListen(value: string): { host: string; port: number } | null {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(value);
  if (!m) return null;
  const port = Number(m[3]);
  if (port > 65535) return null;
  return { host: (m[1] ?? m[2])!, port };
}

/**
 * The refusals, worded in the catalogue (shared/i18n, section teamServer). zod carries one string
 * per issue, so each is given in both languages, Chinese first (bothLanguages).
 */
const MESSAGES = localizedSection('teamServer');

const pgUrl = z.string().regex(/^postgres(ql)?:\/\/\S+$/, bothLanguages(MESSAGES.pgUrl));

export const teamServerArgsSchema = z
  .object({
    pg: pgUrl,
    'owner-pg': pgUrl.optional(),
    listen: z
      .string()
      .default('127.0.0.1:8080')
      .refine((v) => parseListen(v) !== null, bothLanguages(MESSAGES.listen)),
    'tls-cert': z.string().min(1).optional(),
    'tls-key': z.string().min(1).optional(),
    'behind-proxy': z.boolean().default(false),
    'public-url': z
      .string()
      .refine((v) => {
        try {
          const u = new URL(v);
          return /^https?:$/.test(u.protocol) && (u.pathname === '/' || u.pathname === '') && !u.search && !u.hash;
        } catch {
          return false;
        }
      }, bothLanguages(MESSAGES.publicUrl))
      .optional(),
    'import-solo': z.string().min(1).optional(),
    static: z.string().min(1).optional(),
    'pool-max': z
      .string()
      .regex(/^\d+$/, bothLanguages(MESSAGES.poolMax))
      .transform(Number)
      .refine((n) => n >= 1 && n <= 200, bothLanguages(MESSAGES.poolMax))
      .optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (Boolean(v['tls-cert']) !== Boolean(v['tls-key']))
      ctx.addIssue({ code: 'custom', path: ['tls-key'], message: bothLanguages(MESSAGES.tlsPair) });
    const listen = parseListen(v.listen);
    if (listen && !isLoopbackHost(listen.host) && !v['tls-cert'] && !v['behind-proxy'])
      ctx.addIssue({ code: 'custom', path: ['listen'], message: bothLanguages(MESSAGES.lanNeedsTls) });
    if (v['import-solo'] && !v['owner-pg'])
      ctx.addIssue({ code: 'custom', path: ['owner-pg'], message: bothLanguages(MESSAGES.importNeedsOwner) });
    if (v['behind-proxy'] && !v['public-url'])
      ctx.addIssue({ code: 'custom', path: ['public-url'], message: bothLanguages(MESSAGES.proxyNeedsUrl) });
  });

export type TeamServerArgs = z.infer<typeof teamServerArgsSchema>;

/** The refusal, one line per problem, naming the option. */
export function describeArgsError(error: z.ZodError): string {
  return error.issues.map((i) => `--${i.path.join('.') || 'options'}: ${i.message}`).join('\n');
}
