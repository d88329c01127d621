import { readSettings, writeSettings } from '../repos/settings';
import { isoNow } from '../time';
import { defineHandlers } from './types';

export const settingsHandlers = defineHandlers({
  'settings.get': (_args, { db }) => readSettings(db),
  'settings.update': async (args, ctx) => {
    await writeSettings(ctx.db, args, ctx.actor?.id ?? null, isoNow(ctx.now));
    ctx.audit({ entity: 'settings', entityId: 1, detail: args });
    return readSettings(ctx.db);
  },
});
