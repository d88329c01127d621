import type { ArchiveHit } from '@shared/contract';

/** Where a hit opens: a quote in the quote builder, a proposal's history, a version as sent. */
export function hitLink(hit: ArchiveHit): string {
  if (hit.kind === 'version' && hit.proposalId !== null && hit.versionNumber !== null)
    return `/archive/proposals/${hit.proposalId}/versions/${hit.versionNumber}`;
  if (hit.kind === 'proposal' && hit.proposalId !== null) return `/archive/proposals/${hit.proposalId}`;
  return `/quotes/${hit.quoteId ?? 0}`;
}
