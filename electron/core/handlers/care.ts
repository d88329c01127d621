import { keyExperienceOf, satisfactionOf } from '@shared/analytics/satisfaction';
import { upcomingReminders } from '../analytics/reminders';
import { CoreError } from '../errors';
import {
  careDates,
  deleteLogEntry,
  type LogTable,
  listComplaints,
  listSurveys,
  listVisits,
  saveComplaint,
  saveSurvey,
  saveVisit,
} from '../repos/care';
import { findUser } from '../repos/users';
import { isoNow } from '../time';
import { defineHandlers, type HandlerContext } from './types';
import { localToday } from '@shared/dates/local';

const saved = (id: number | undefined) => {
  if (id === undefined) throw new CoreError('not_found', 'error.not_found');
  return { id };
};

/** Delete a log entry: the audit entry keeps the removed row, so the trail shows what was there. */
const deleter =
  (table: LogTable, entity: string) => async (args: { id: number; clientId: number }, ctx: HandlerContext) => {
    const removed = await deleteLogEntry(ctx.db, table, args.id, args.clientId);
    if (!removed) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity, entityId: args.id, detail: { clientId: args.clientId, removed } });
    return { id: args.id };
  };

/** Visits, complaints, surveys and the care calendar. A write to an unknown client fails its foreign key. */
export const careHandlers = defineHandlers({
  'visits.list': async ({ clientId }, { db }) => ({ items: await listVisits(db, clientId) }),
  'visits.save': async (args, ctx) => {
    const r = saved(await saveVisit(ctx.db, args, ctx.actor?.id ?? null, isoNow(ctx.now)));
    ctx.audit({ entity: 'visit', entityId: r.id, detail: { clientId: args.clientId } });
    return r;
  },
  'visits.delete': deleter('visits', 'visit'),
  'complaints.list': async ({ clientId }, { db }) => ({ items: await listComplaints(db, clientId) }),
  'complaints.save': async (args, ctx) => {
    // A responder who is not a user is a missing record, not a broken foreign key (found by the fuzz test).
    if (args.responderId !== null && !(await findUser(ctx.db, args.responderId)))
      throw new CoreError('not_found', 'error.not_found');
    const r = saved(await saveComplaint(ctx.db, args, isoNow(ctx.now)));
    ctx.audit({ entity: 'complaint', entityId: r.id, detail: { clientId: args.clientId, severity: args.severity } });
    return r;
  },
  'complaints.delete': deleter('complaints', 'complaint'),
  'surveys.list': async ({ clientId }, { db }) => ({
    items: (await listSurveys(db, clientId)).map((s) => {
      const { dimensions, weakest } = satisfactionOf(s.dimensions);
      return { ...s, satisfaction: dimensions, weakest, keyExperience: keyExperienceOf(s.aspects) };
    }),
  }),
  'surveys.save': async (args, ctx) => {
    const r = saved(await saveSurvey(ctx.db, args, isoNow(ctx.now)));
    ctx.audit({ entity: 'survey', entityId: r.id, detail: { clientId: args.clientId } });
    return r;
  },
  'surveys.delete': deleter('surveys', 'survey'),
  'care.upcoming': async ({ days, clientId }, { db, now }) => ({
    items: upcomingReminders(await careDates(db, clientId), localToday(now), days),
  }),
});
