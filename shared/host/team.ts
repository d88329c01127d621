import * as z from 'zod';

/** Loopback hosts may be reached over plain http (a server on this machine, or a tunnel to one). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase());
}

/**
 * A team server's address as the person types it: https (http only on this machine), no user or
 * password in it, no path beyond `/`. A `#token=…` fragment (a server that prints one) is kept.
 * The same schema checks the dialog's field and the shell's argument.
 */
export const teamUrlSchema = z
  .string()
  .trim()
  .max(500)
  .superRefine((value, ctx) => {
    if (value === '') {
      ctx.addIssue({ code: 'custom', params: { key: 'team.url_required' } });
      return;
    }
    let u: URL;
    try {
      u = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', params: { key: 'team.url_invalid' } });
      return;
    }
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && isLoopbackHost(u.hostname)))
      ctx.addIssue({ code: 'custom', params: { key: 'team.https_required' } });
    else if (u.username || u.password || (u.pathname !== '/' && u.pathname !== '') || u.search)
      ctx.addIssue({ code: 'custom', params: { key: 'team.url_invalid' } });
  });

/** SHA-256 fingerprint as Node and browsers print it: 32 hex pairs separated by colons. */
export const fingerprintSchema = z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

export const certificateSchema = z.object({
  fingerprint256: fingerprintSchema,
  subject: z.string(),
  issuer: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
});
export type CertificateInfo = z.infer<typeof certificateSchema>;

/** Which workspace the desktop window talks to. */
export const workspaceInfoSchema = z.object({
  current: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('solo') }),
    z.object({ kind: z.literal('team'), host: z.string(), origin: z.string() }),
  ]),
  /** The last team server connected (not its password: nobody's password is kept). */
  lastServer: z.string().nullable(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

export const connectTeamResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('connected'), workspace: workspaceInfoSchema }),
  /**
   * The server's certificate is not trusted by the system: shown to the person with its
   * fingerprint; connecting again with `trustFingerprint` set to it trusts that certificate (and
   * only it) for that server from then on.
   */
  z.object({
    outcome: z.literal('untrusted'),
    host: z.string(),
    problem: z.string(),
    certificate: certificateSchema,
    /** A different certificate was trusted for this server before. */
    changed: z.boolean(),
  }),
]);
export type ConnectTeamResult = z.infer<typeof connectTeamResultSchema>;
