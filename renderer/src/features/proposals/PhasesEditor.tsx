import { useTranslation } from 'react-i18next';
import type { PlanPhase } from '@shared/proposal';
import { localToday } from '@shared/dates/local';

const COLUMNS = ['name', 'owner', 'start', 'end', 'deliverable'] as const;
const LABEL = {
  name: 'phaseName',
  owner: 'phaseOwner',
  start: 'phaseStart',
  end: 'phaseEnd',
  deliverable: 'phaseDeliverable',
} as const;

/** 执行方案: phases with owner and dates; the client document shows them as a table. */
export function PhasesEditor({
  phases,
  onChange,
  readOnly,
}: {
  phases: PlanPhase[];
  onChange(p: PlanPhase[]): void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<PlanPhase>) =>
    onChange(phases.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const today = localToday();
  return (
    <div className="pe-phases">
      <div className="pe-subhead">
        <span>{t('proposalEditor.phases')}</span>
        {!readOnly && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => onChange([...phases, { name: '', owner: '', start: today, end: today, deliverable: '' }])}
          >
            + {t('proposalEditor.addPhase')}
          </button>
        )}
      </div>
      {phases.length > 0 && (
        <table className="pe-phase-table">
          <colgroup>
            <col className="pe-col-name" />
            <col className="pe-col-owner" />
            <col className="pe-col-date" />
            <col className="pe-col-date" />
            <col className="pe-col-name" />
            <col className="pe-col-action" />
          </colgroup>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(`proposalEditor.${LABEL[c]}`)}
                </th>
              ))}
              <th>
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {phases.map((p, i) => (
              <tr key={i}>
                {COLUMNS.map((c) => (
                  <td key={c}>
                    <input
                      type="text"
                      placeholder={c === 'start' || c === 'end' ? 'YYYY-MM-DD' : undefined}
                      aria-label={`${t(`proposalEditor.${LABEL[c]}`)} ${i + 1}`}
                      value={p[c]}
                      readOnly={readOnly}
                      onChange={(e) => set(i, { [c]: e.target.value })}
                    />
                  </td>
                ))}
                <td>
                  {!readOnly && (
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => onChange(phases.filter((_, j) => j !== i))}
                    >
                      {t('proposalEditor.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
