import { readSettings, writeSettings } from '../repos/settings';
import { recomputeInheritingQuotes } from '../services/recompute-quotes';
import { workspaceDefaults } from '../services/quote-defaults';
import { supersedeMovedBy } from '../services/approval-freshness';
import { isoNow } from '../time';
import { defineHandlers } from './types';

export const settingsHandlers = defineHandlers({
  'settings.get': (_args, { db }) => readSettings(db),
  'settings.update': async (args, ctx) => {
    await writeSettings(ctx.db, args, ctx.actor?.id ?? null, isoNow(ctx.now));
    // Quotes that inherit a default follow it, in this same transaction (see recompute-quotes.ts).
    const recomputed = await recomputeInheritingQuotes(ctx.db, await workspaceDefaults(ctx.db));
    // New defaults change the figures of every quote that inherits them, and so the content of
    // pending requests for those quotes (rare writes: every pending request is re-hashed).
    await supersedeMovedBy(ctx.db, 'all', ctx.now);
    ctx.audit({ entity: 'settings', entityId: 1, detail: { ...args, recomputedQuotes: recomputed.length } });
    // Each recomputed quote is recorded (its stored figures changed) and re-indexed with them.
    for (const id of recomputed) {
      ctx.audit({ entity: 'quote', entityId: id, detail: { recomputed: 'settings' } });
      ctx.emit({ type: 'quote.saved', quoteId: id });
    }
    return readSettings(ctx.db);
  },
});
