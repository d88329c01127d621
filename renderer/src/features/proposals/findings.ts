import type { TFunction } from 'i18next';
import type { Finding } from '@shared/proposal';

type Area = 'quote' | 'approval' | 'preCommunication' | 'selfCheck';

/** Which part of the proposal a finding is about: every checklist item names it (issue 15). */
function areaOf(code: Finding['code']): Area {
  if (code === 'approval_missing') return 'approval';
  if (code === 'no_pre_communication') return 'preCommunication';
  if (code === 'self_check_missing' || code === 'self_check_low') return 'selfCheck';
  return 'quote';
}

function what(t: TFunction, f: Finding): string {
  if (
    f.code === 'no_quote' ||
    f.code === 'below_cost' ||
    f.code === 'below_cost_with_options' ||
    f.code === 'discount_exceeds_subtotal' ||
    f.code === 'validity_expired' ||
    f.code === 'approval_missing'
  )
    return t(`proposalEditor.blockers.${f.code}`);
  const dimensions = (f.dimensions ?? []).map((d) => t(`proposalEditor.dimensions.${d}`)).join('、');
  return t(`proposalEditor.warnings.${f.code}`, { line: f.line ?? '—', dimensions });
}

/** A finding of the send check, in words, led by the section it is about ("报价 · 媒介投放"). */
export function findingText(t: TFunction, f: Finding): string {
  const area = areaOf(f.code);
  const where =
    area === 'quote' && f.section
      ? t('proposalEditor.findingAreas.quoteSection', { section: f.section })
      : t(`proposalEditor.findingAreas.${area}`);
  return t('proposalEditor.findingIn', { area: where, text: what(t, f) });
}
