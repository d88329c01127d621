import type { ChangeEvent } from '@shared/live/changes';
import type { Core } from '../../../electron/core';

export const CLIENT = {
  industry: '快消',
  status: 'active',
  priceSensitivity: 'sensitive',
  ownerId: null,
  decisionProcess: '',
  character: 'high',
  professionalism: 'high',
  tags: [],
  relatedSales: 0,
  contacts: [],
  dates: [],
};

/** Everything a core's feed delivers, with a wait for the event a test expects next. */
export function recordChanges(core: Core) {
  const events: ChangeEvent[] = [];
  const stop = core.changes.subscribe((e) => events.push(e));
  return {
    events,
    stop,
    async next(match: (e: ChangeEvent) => boolean): Promise<ChangeEvent> {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no such event; got ${JSON.stringify(events)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}
