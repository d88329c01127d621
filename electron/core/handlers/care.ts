import { keyExperienceOf, satisfactionOf } from '@shared/analytics/satisfaction';
import { upcomingReminders } from '../analytics/reminders';
import { CoreError } from '../errors';
import {
  careDates,
  listComplaints,
  listSurveys,
  listVisits,
  saveComplaint,
  saveSurvey,
  saveVisit,
} from '../repos/care';
import { isoNow } from '../time';
import { defineHandlers } from './types';

const saved = (id: number | undefined) => {
  if (id === undefined) throw new CoreError('not_found', 'error.not_found');
  return { id };
};

/** Visits, complaints, surveys and the care calendar. A write to an unknown client fails its foreign key. */
export const careHandlers = defineHandlers({
  'visits.list': async ({ clientId }, { db }) => ({ items: await listVisits(db, clientId) }),
  'visits.save': async (args, ctx) => {
    const r = saved(await saveVisit(ctx.db, args, ctx.actor?.id ?? null, isoNow(ctx.now)));
    ctx.audit({ entity: 'visit', entityId: r.id, detail: { clientId: args.clientId } });
    return r;
  },
  'complaints.list': async ({ clientId }, { db }) => ({ items: await listComplaints(db, clientId) }),
  'complaints.save': async (args, ctx) => {
    const r = saved(await saveComplaint(ctx.db, args, isoNow(ctx.now)));
    ctx.audit({ entity: 'complaint', entityId: r.id, detail: { clientId: args.clientId, severity: args.severity } });
    return r;
  },
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
  'care.upcoming': async ({ days, clientId }, { db, now }) => ({
    items: upcomingReminders(await careDates(db, clientId), isoNow(now).slice(0, 10), days),
  }),
});
