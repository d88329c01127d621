import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { FinanceTabs } from '../collection/FinanceTabs';
import { QueryView } from '../../components/QueryView';
import { ApprovalDetail } from './ApprovalDetail';
import { ApprovalTable } from './ApprovalTable';
import { ProposalRulesPanel } from './ProposalRulesPanel';
import '../proposals/proposal-editor.css';
import { RoleFieldset } from '../../app/RoleFieldset';

type View = 'pending' | 'decided';

/** The approval queue: what finance is asked to approve, why, and the lines behind the margin. */
export function FinanceScreen() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('pending');
  const [selected, setSelected] = useState<number | null>(null);
  const queue = useCallQuery('approvals.queue', { state: view });
  return (
    <>
      <PageHeader title={t('finance.title')} subtitle={t('finance.subtitle')} />
      <FinanceTabs />
      <div className="segmented fq-tabs" role="tablist" aria-label={t('financeQueue.tabsLabel')}>
        {(['pending', 'decided'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view === v}
            className={view === v ? 'active' : ''}
            onClick={() => {
              setView(v);
              setSelected(null);
            }}
          >
            {t(`financeQueue.${v}`)}
          </button>
        ))}
      </div>
      <div className="fq-layout">
        <div className="fq-main">
          <QueryView query={queue}>
            {({ items }) => {
              const current = items.find((i) => i.id === selected) ?? items[0] ?? null;
              return items.length === 0 ? (
                <p className="panel muted fq-empty">
                  {t(view === 'pending' ? 'financeQueue.empty' : 'financeQueue.emptyDecided')}
                </p>
              ) : (
                <>
                  <ApprovalTable items={items} selected={current?.id ?? null} onSelect={setSelected} />
                  {current && <ApprovalDetail key={current.id} item={current} />}
                </>
              );
            }}
          </QueryView>
        </div>
        <aside className="fq-aside">
          <RoleFieldset call="proposalSettings.update">
            <ProposalRulesPanel />
          </RoleFieldset>
        </aside>
      </div>
    </>
  );
}
