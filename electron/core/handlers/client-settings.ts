import { readClientSettings, writeClientSettings } from '../repos/client-settings';
import { isoNow } from '../time';
import { defineHandlers } from './types';

export const clientSettingsHandlers = defineHandlers({
  'clientSettings.get': (_args, { db }) => readClientSettings(db),
  'clientSettings.update': async (args, ctx) => {
    await writeClientSettings(ctx.db, args, ctx.actor?.id ?? null, isoNow(ctx.now));
    ctx.audit({ entity: 'clientSettings', entityId: 1 });
    return readClientSettings(ctx.db);
  },
});
