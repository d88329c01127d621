import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeOverview } from '@shared/contract';
import './home.css';

type Steps = NonNullable<HomeOverview['checklist']>;
const STEPS: { key: keyof Steps; to: string }[] = [
  { key: 'company', to: '/settings' },
  { key: 'rateCard', to: '/quotes/library' },
  { key: 'client', to: '/clients/new' },
  { key: 'quote', to: '/quotes' },
  { key: 'proposalSent', to: '/proposals' },
];

/** A new workspace's first steps, each a link to where it is done, until the first proposal is sent. */
export function Checklist({ steps }: { steps: Steps }) {
  const { t } = useTranslation();
  return (
    <section className="panel checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" className="panel-title">
        {t('home.checklist')}
      </h2>
      <p className="muted panel-hint">{t('home.checklistHint')}</p>
      <ol className="plain-list checklist-steps">
        {STEPS.map(({ key, to }) => (
          <li key={key} className={steps[key] ? 'step-done' : 'step-todo'} data-step={key}>
            <span className="step-mark" aria-hidden="true">
              {steps[key] ? '✓' : '○'}
            </span>
            <Link to={to}>{t(`home.steps.${key}`)}</Link>
            <span className="visually-hidden">{steps[key] ? t('home.done') : t('home.todo')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
