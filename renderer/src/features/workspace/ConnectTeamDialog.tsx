import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { teamUrlSchema, type ConnectTeamResult } from '@shared/host/team';
import { validate } from '@shared/validation';
import { errorText, isDesktop, shellCall } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';

type Untrusted = Extract<ConnectTeamResult, { outcome: 'untrusted' }>;

/**
 * Connect the desktop window to a team server: the address (checked with the same schema the
 * shell checks), then — for a certificate the system does not trust — its fingerprint, to be
 * confirmed with the administrator before trusting it. On success every cached read is dropped:
 * the window now shows the team's workspace (its sign-in first).
 */
export function ConnectTeamDialog({ initialUrl, onClose }: { initialUrl: string; onClose(): void }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState(initialUrl);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [untrusted, setUntrusted] = useState<Untrusted | null>(null);
  const [busy, setBusy] = useState(false);

  const connect = async (trustFingerprint?: string) => {
    setFailure(null);
    const checked = validate(teamUrlSchema, url);
    if (!checked.ok) {
      setFieldError(checked.issues[0]?.message[lang] ?? null);
      return;
    }
    setFieldError(null);
    if (!isDesktop()) {
      setFailure(t('workspace.desktopOnly'));
      return;
    }
    setBusy(true);
    try {
      const result = await shellCall('shell.connectTeam', { url: checked.data, trustFingerprint });
      if (result.outcome === 'untrusted') {
        setUntrusted(result);
        return;
      }
      await queryClient.resetQueries();
      onClose();
    } catch (error) {
      setUntrusted(null);
      setFailure(errorText(error, lang));
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void connect();
  };

  return (
    <Dialog title={t('workspace.dialogTitle')} onClose={onClose} testId="connect-team-dialog">
      {untrusted ? (
        <div className="team-certificate" aria-busy={busy}>
          <h3>{t('workspace.untrustedTitle')}</h3>
          <p
            className={untrusted.changed ? 'banner banner-warning' : undefined}
            role={untrusted.changed ? 'alert' : undefined}
          >
            {untrusted.changed
              ? t('workspace.changedBody', { host: untrusted.host })
              : t('workspace.untrustedBody', { host: untrusted.host, problem: untrusted.problem })}
          </p>
          <dl className="team-certificate-facts">
            <dt>{t('workspace.fingerprint')}</dt>
            <dd>
              <code data-testid="certificate-fingerprint">{untrusted.certificate.fingerprint256}</code>
            </dd>
            <dt>{t('workspace.subject')}</dt>
            <dd>{untrusted.certificate.subject}</dd>
            <dt>{t('workspace.issuer')}</dt>
            <dd>{untrusted.certificate.issuer}</dd>
            <dt>{t('workspace.validity')}</dt>
            <dd>
              {untrusted.certificate.validFrom} – {untrusted.certificate.validTo}
            </dd>
          </dl>
          {failure && (
            <p className="form-error" role="alert">
              {failure}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose} disabled={busy}>
              {t('workspace.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => void connect(untrusted.certificate.fingerprint256)}
            >
              {busy ? t('workspace.connecting') : t('workspace.trust')}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} noValidate aria-busy={busy}>
          <p className="muted">{t('workspace.dialogIntro')}</p>
          <Field label={t('workspace.url')} hint={t('workspace.urlHint')} error={fieldError ?? undefined}>
            <input
              type="url"
              value={url}
              spellCheck={false}
              autoComplete="url"
              placeholder="https://"
              onChange={(e) => setUrl(e.target.value)}
              disabled={busy}
            />
          </Field>
          {failure && (
            <p className="form-error" role="alert">
              {failure}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose} disabled={busy}>
              {t('workspace.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? t('workspace.connecting') : t('workspace.connectButton')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
