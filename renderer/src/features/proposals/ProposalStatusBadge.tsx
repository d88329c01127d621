import { useTranslation } from 'react-i18next';
import type { ProposalStatus } from '@shared/contract';
import { Badge, type BadgeTone } from '../../components/Badge';

/** Colours follow the life of a proposal: grey while internal, blue while with the client, then the outcome. */
const TONE: Record<ProposalStatus, BadgeTone> = {
  draft: 'neutral',
  pre_communicated: 'info',
  sent: 'info',
  negotiating: 'progress',
  won: 'success',
  lost: 'danger',
  archived: 'muted',
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`proposals.statuses.${status}`)}</Badge>;
}
