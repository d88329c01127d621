/**
 * Which workspace the window talks to: the solo one (the core in its utility process) or a team
 * server, and what is remembered between launches — the last server's address and the
 * certificates the person trusted, never a password or a session. No `electron` import.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import * as z from 'zod';
import type { ApiResponse } from '@shared/contract';
import { hostRefusal } from '@shared/host/messages';
import type { ConnectTeamResult, WorkspaceInfo } from '@shared/host/team';
import type { Lang } from '@shared/i18n/lang';
import type { Logger } from '../common/log';
import type { CallTarget } from './core-link';
import {
  createTeamLink,
  probeTeamServer,
  problemText,
  teamServerFromUrl,
  type TeamServer,
  type TrustedCertificate,
} from './team-link';

const rememberedSchema = z.object({
  lastServer: z.string().max(500).nullable().default(null),
  trusted: z.record(z.string(), z.object({ fingerprint256: z.string(), pem: z.string().max(20_000) })).default({}),
});
type Remembered = z.infer<typeof rememberedSchema>;

export interface Workspaces {
  /** Where the window's calls go now. */
  target(): CallTarget;
  info(): WorkspaceInfo;
  connect(url: string, trustFingerprint: string | undefined, lang: Lang): Promise<ApiResponse<ConnectTeamResult>>;
  useSolo(): WorkspaceInfo;
}

/** Read the remembered settings; a missing or damaged file is a fresh start (and logged), never a crash. */
async function load(file: string, log: Logger): Promise<Remembered> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return rememberedSchema.parse({});
  }
  try {
    return rememberedSchema.parse(JSON.parse(text));
  } catch (e) {
    log.error('the team settings file is unreadable; starting without it', { file, error: (e as Error).message });
    return rememberedSchema.parse({});
  }
}

export async function createWorkspaces(opts: {
  solo: CallTarget;
  /** JSON file in the app's user-data folder. */
  file: string;
  log: Logger;
}): Promise<Workspaces> {
  const remembered = await load(opts.file, opts.log);
  let team: (CallTarget & { server: TeamServer }) | null = null;

  async function save(): Promise<void> {
    // Written whole and renamed into place: a crash mid-write leaves the previous file.
    const tmp = `${opts.file}.tmp`;
    await writeFile(tmp, JSON.stringify(remembered, null, 2));
    await rename(tmp, opts.file);
  }

  const info = (): WorkspaceInfo => ({
    current: team ? { kind: 'team', host: team.server.host, origin: team.server.origin } : { kind: 'solo' },
    lastServer: remembered.lastServer,
  });

  return {
    target: () => team ?? opts.solo,
    info,
    async connect(url, trustFingerprint, lang) {
      const origin = new URL(url.trim()).origin;
      const known: TrustedCertificate | undefined = remembered.trusted[origin];
      let server = teamServerFromUrl(url, known);
      let probe = await probeTeamServer(server, lang);
      if (probe.kind === 'untrusted') {
        // Trusted only when the person confirmed exactly this certificate's fingerprint.
        if (trustFingerprint !== probe.certificate.fingerprint256) {
          return {
            ok: true,
            result: {
              outcome: 'untrusted',
              host: server.host,
              problem: problemText(probe.code, lang),
              certificate: probe.certificate,
              changed: known !== undefined,
            },
          };
        }
        const trusted = { fingerprint256: probe.certificate.fingerprint256, pem: probe.pem };
        server = teamServerFromUrl(url, trusted);
        probe = await probeTeamServer(server, lang);
        if (probe.kind === 'ok') remembered.trusted[origin] = trusted;
      }
      if (probe.kind === 'untrusted')
        return hostRefusal('forbidden', 'team.error.fingerprint_changed', lang, { host: server.host });
      if (probe.kind === 'refused') return probe.response;
      team = createTeamLink(server, opts.log);
      // The address without its token: a launch token is not worth keeping.
      remembered.lastServer = origin;
      await save().catch((e: unknown) => opts.log.error('could not remember the team server', e));
      opts.log.info('connected to a team server', { host: server.host });
      return { ok: true, result: { outcome: 'connected', workspace: info() } };
    },
    useSolo() {
      team = null;
      return info();
    },
  };
}
