import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@shared/contract';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../i18n/format';
import { useAuditAction } from './useAuditAction';

export function ActivityList({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const actionText = useAuditAction();
  if (entries.length === 0) return <p className="muted panel">{t('home.activityEmpty')}</p>;
  return (
    <DataTable
      caption={t('home.activity')}
      rows={entries}
      rowKey={(e) => e.id}
      columns={[
        { id: 'at', header: t('home.when'), cell: (e) => fmt.dateTime(e.at), fit: true },
        { id: 'who', header: t('home.who'), cell: (e) => e.userName ?? t('home.system'), fit: true },
        { id: 'what', header: t('home.what'), cell: (e) => actionText(e.action), truncate: true },
      ]}
    />
  );
}
