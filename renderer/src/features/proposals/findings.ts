import type { TFunction } from 'i18next';
import type { Finding } from '@shared/proposal';

/** A finding of the send check, in words. */
export function findingText(t: TFunction, f: Finding): string {
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
