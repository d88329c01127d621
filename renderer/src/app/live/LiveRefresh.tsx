import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidateForChange, subscribeChanges } from '../../api';

/** A short loss (a server restart, a proxy's idle cut) is not worth a word; past this it is said. */
export const RECONNECT_HINT_AFTER_MS = 5_000;

/**
 * Keeps open screens current when someone else writes: each change from the feed marks the reads
 * it touches stale (api/invalidation.ts), so what is on screen refetches. After a loss of the feed
 * everything refetches once it is back (changes may have been missed), and a loss longer than
 * five seconds shows a quiet "reconnecting…" hint. Mounted once, inside the signed-in shell.
 */
export function LiveRefresh() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [lostSince, setLostSince] = useState<number | null>(null);
  // The loss the hint is for: set when that loss has lasted five seconds; a newer loss starts over.
  const [hintFor, setHintFor] = useState<number | null>(null);
  const hint = lostSince !== null && hintFor === lostSince;

  useEffect(() => {
    let lost = false;
    return subscribeChanges({
      change: (event) => void invalidateForChange(queryClient, event),
      status: (connected) => {
        if (connected) {
          if (lost) void queryClient.invalidateQueries();
          lost = false;
          setLostSince(null);
        } else if (!lost) {
          lost = true;
          setLostSince(Date.now());
        }
      },
    });
  }, [queryClient]);

  useEffect(() => {
    if (lostSince === null) return;
    const timer = setTimeout(
      () => setHintFor(lostSince),
      Math.max(0, lostSince + RECONNECT_HINT_AFTER_MS - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [lostSince]);

  return (
    <div className="live-hint-region" role="status" aria-live="polite">
      {hint && (
        <p className="live-hint" data-testid="live-reconnecting">
          <span className="live-hint-dot" aria-hidden="true" />
          {t('live.reconnecting')}
        </p>
      )}
    </div>
  );
}
