import * as z from 'zod';
import type { LocalizedText } from '../i18n/lang';

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

const MESSAGES = {
  pgUrl: {
    'zh-CN': '需要 PostgreSQL 连接地址，形如 postgres://用户:密码@主机/数据库',
    en: 'needs a PostgreSQL URL such as postgres://user:password@host/database',
  },
  listen: {
    'zh-CN': '格式为 主机:端口（如 127.0.0.1:8443 或 [::1]:8443），端口 0–65535',
    en: 'must be HOST:PORT (e.g. 127.0.0.1:8443 or [::1]:8443), port 0–65535',
  },
  tlsPair: {
    'zh-CN': '--tls-cert 与 --tls-key 须同时给出',
    en: '--tls-cert and --tls-key go together',
  },
  lanNeedsTls: {
    'zh-CN': '在非本机地址上监听须使用 TLS（--tls-cert 与 --tls-key），或用 --behind-proxy 只接受本机反向代理的请求',
    en: 'listening on a non-loopback address needs TLS (--tls-cert and --tls-key), or --behind-proxy to accept only a reverse proxy on this machine',
  },
  proxyNeedsUrl: {
    'zh-CN': '--behind-proxy 需要 --public-url（用户在浏览器中输入的地址，如 https://workbench.example.cn）',
    en: '--behind-proxy needs --public-url (the address people type, e.g. https://workbench.example.cn)',
  },
  publicUrl: {
    'zh-CN': '须为 http(s):// 开头、不带路径的地址',
    en: 'must be an http(s):// address without a path',
  },
  importNeedsOwner: {
    'zh-CN': '--import-solo 需要 --owner-pg（数据库所有者角色：迁入已审批记录须由它写入）',
    en: '--import-solo needs --owner-pg (the database owner role: it writes the decided approvals in)',
  },
  poolMax: { 'zh-CN': '须为 1–200 的整数', en: 'must be a whole number 1–200' },
} satisfies Record<string, LocalizedText>;

/** zod carries one string per issue: both languages, Chinese first. */
const both = (m: LocalizedText) => `${m['zh-CN']} / ${m.en}`;

const pgUrl = z.string().regex(/^postgres(ql)?:\/\/\S+$/, both(MESSAGES.pgUrl));

export const teamServerArgsSchema = z
  .object({
    pg: pgUrl,
    'owner-pg': pgUrl.optional(),
    listen: z
      .string()
      .default('127.0.0.1:8080')
      .refine((v) => parseListen(v) !== null, both(MESSAGES.listen)),
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
      }, both(MESSAGES.publicUrl))
      .optional(),
    'import-solo': z.string().min(1).optional(),
    static: z.string().min(1).optional(),
    'pool-max': z
      .string()
      .regex(/^\d+$/, both(MESSAGES.poolMax))
      .transform(Number)
      .refine((n) => n >= 1 && n <= 200, both(MESSAGES.poolMax))
      .optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (Boolean(v['tls-cert']) !== Boolean(v['tls-key']))
      ctx.addIssue({ code: 'custom', path: ['tls-key'], message: both(MESSAGES.tlsPair) });
    const listen = parseListen(v.listen);
    if (listen && !isLoopbackHost(listen.host) && !v['tls-cert'] && !v['behind-proxy'])
      ctx.addIssue({ code: 'custom', path: ['listen'], message: both(MESSAGES.lanNeedsTls) });
    if (v['import-solo'] && !v['owner-pg'])
      ctx.addIssue({ code: 'custom', path: ['owner-pg'], message: both(MESSAGES.importNeedsOwner) });
    if (v['behind-proxy'] && !v['public-url'])
      ctx.addIssue({ code: 'custom', path: ['public-url'], message: both(MESSAGES.proxyNeedsUrl) });
  });

export type TeamServerArgs = z.infer<typeof teamServerArgsSchema>;

/** The refusal, one line per problem, naming the option. */
export function describeArgsError(error: z.ZodError): string {
  return error.issues.map((i) => `--${i.path.join('.') || 'options'}: ${i.message}`).join('\n');
}
