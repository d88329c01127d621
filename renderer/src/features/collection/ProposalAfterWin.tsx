import { useState } from 'react';
import './collection.css';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail } from '@shared/contract';
import { AcceptancePanel } from './AcceptancePanel';
import { CostEntryForm } from './CostToServePanel';
import { PaymentPlanPanel } from './PaymentPlanPanel';

/**
 * What the proposal editor shows after sending (DOMAIN.md §7): the confirmation letter and the
 * acceptance while it is out, the payment plan once won, and the pitch time when it was lost.
 */
export function ProposalAfterWin({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const [logging, setLogging] = useState(false);
  return (
    <>
      {proposal.versionCount > 0 && <AcceptancePanel proposal={proposal} />}
      {proposal.status === 'won' && <PaymentPlanPanel proposalId={proposal.id} />}
      {proposal.status === 'lost' && (
        <section className="panel pe-side" aria-labelledby="pe-pitch">
          <div className="panel-head cl-head">
            <h2 id="pe-pitch" className="panel-title">
              {t('collection.cost.title')}
            </h2>
            {!logging && (
              <button type="button" className="btn btn-small" onClick={() => setLogging(true)}>
                {t('collection.cost.addPitch')}
              </button>
            )}
          </div>
          {logging && (
            <CostEntryForm clientId={proposal.clientId} proposalId={proposal.id} onDone={() => setLogging(false)} />
          )}
        </section>
      )}
    </>
  );
}
