import { marketReferenceInputSchema } from '@shared/contract';
import { parseMarketCsv } from '@shared/market/csv';
import { CoreError } from '../errors';
import { deleteMarketReference, findMarketReference, listMarketReferences, saveMarketReference } from '../repos/market';
import { isoNow } from '../time';
import { defineHandlers } from './types';
import { localToday } from '@shared/dates/local';

const today = (now: Date) => localToday(now);

export const marketHandlers = defineHandlers({
  'market.list': async (args, { db, now }) => ({ items: await listMarketReferences(db, args, today(now)) }),
  'market.save': async (args, ctx) => {
    if (args.id !== undefined && !(await findMarketReference(ctx.db, args.id, today(ctx.now))))
      throw new CoreError('not_found', 'error.not_found');
    const id = await saveMarketReference(ctx.db, args, isoNow(ctx.now));
    ctx.audit({ entity: 'market_reference', entityId: id, detail: args });
    return (await findMarketReference(ctx.db, id, today(ctx.now)))!;
  },
  'market.importCsv': async ({ csvText }, ctx) => {
    // Everything is checked before anything is written; the dispatcher's transaction makes the
    // writes all-or-nothing (a failure half-way rolls every row back).
    const parsed = parseMarketCsv(csvText);
    if (!parsed.ok)
      throw new CoreError(
        parsed.issues.some((i) => i.code === 'too_large' || i.code === 'too_many_rows') ? 'too_large' : 'validation',
        'error.csv_invalid',
        { count: parsed.issues.length, first: parsed.issues[0]!.message },
        parsed.issues.map((i) => ({
          path: ['csvText', i.row, ...(i.column ? [i.column] : [])],
          code: i.code,
          message: i.message,
        })),
      );
    const at = isoNow(ctx.now);
    for (const row of parsed.rows) await saveMarketReference(ctx.db, marketReferenceInputSchema.parse(row), at);
    ctx.audit({ entity: 'market_reference', detail: { importedCsvRows: parsed.rows.length } });
    return { imported: parsed.rows.length };
  },
  'market.delete': async (args, ctx) => {
    if ((await deleteMarketReference(ctx.db, args.id)) === 0) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'market_reference', entityId: args.id });
    return { id: args.id };
  },
});
