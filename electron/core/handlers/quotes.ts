import { computeQuote } from '@shared/quote';
import { readSettings } from '../repos/settings';
import { defineHandlers } from './types';

export const quoteHandlers = defineHandlers({
  'quotes.compute': async (quote, { db, now }) => {
    const s = await readSettings(db);
    return computeQuote(quote, {
      defaults: {
        difficultyMultipliers: s.difficultyMultipliers,
        hoursPerDay: s.hoursPerDay,
        taxPercent: s.taxPercent,
        marginFloorPercent: s.marginFloorPercent,
      },
      today: now.toISOString().slice(0, 10),
    });
  },
});
