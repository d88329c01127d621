import { useTranslation } from 'react-i18next';
import { servedByTeamServer } from '../api';
import { LanguageSwitcher } from './layout/LanguageSwitcher';

/**
 * Browser mode without its launch token can do nothing; say so plainly and say where the right
 * address is, instead of showing a shell whose every call fails.
 */
export function TokenPage({ expired = false }: { expired?: boolean }) {
  const { t } = useTranslation();
  if (servedByTeamServer()) return <TeamSetupPage />;
  return (
    <div className="fullpage">
      <main className="fullpage-card" aria-labelledby="token-title">
        <div className="fullpage-top">
          <span className="brand-mark" aria-hidden="true">
            工
          </span>
          <LanguageSwitcher />
        </div>
        <h1 id="token-title">{expired ? t('token.expiredTitle') : t('token.title')}</h1>
        <p>{expired ? t('token.expiredBody') : t('token.body')}</p>
        <pre className="command-sample">
          <code>npm run web{'\n'}Workbench ready: http://127.0.0.1:…/#token=…</code>
        </pre>
        <p className="muted">{t('token.why')}</p>
      </main>
    </div>
  );
}

/** A team server not claimed yet answers only its set-up address: say whom to ask. */
function TeamSetupPage() {
  const { t } = useTranslation();
  return (
    <div className="fullpage">
      <main className="fullpage-card" aria-labelledby="token-title">
        <div className="fullpage-top">
          <span className="brand-mark" aria-hidden="true">
            工
          </span>
          <LanguageSwitcher />
        </div>
        <h1 id="token-title">{t('token.teamTitle')}</h1>
        <p>{t('token.teamBody')}</p>
        <pre className="command-sample">
          <code>{'journalctl -u workbench -o cat | grep setupUrl'}</code>
        </pre>
        <p className="muted">{t('token.teamWhy')}</p>
      </main>
    </div>
  );
}
