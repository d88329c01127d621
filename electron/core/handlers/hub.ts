import { localToday } from '@shared/dates/local';
import { weekOf } from '@shared/dates/week';
import { nextStepOf } from '@shared/proposal/next-step';
import { remindersBetween } from '../analytics/reminders';
import { CoreError } from '../errors';
import { careDates } from '../repos/care';
import { findClientDetail } from '../repos/clients';
import { clientWork, hasRows, openProposalsOf, recentSends, visitsBetween } from '../repos/hub';
import { readSettings } from '../repos/settings';
import { defineHandlers } from './types';

/** The client record as a hub, and Home for each role (issue 15). */
export const hubHandlers = defineHandlers({
  'clients.work': async ({ clientId }, { db }) => {
    if (!(await findClientDetail(db, clientId))) throw new CoreError('not_found', 'error.not_found');
    return clientWork(db, clientId);
  },
  'home.overview': async (_args, { db, now, actor }) => {
    const today = localToday(now);
    const week = weekOf(today);
    const [open, visits, care, sends, rows, settings] = await Promise.all([
      actor ? openProposalsOf(db, actor.id) : Promise.resolve([]),
      visitsBetween(db, week.start, week.end, actor?.id ?? null),
      careDates(db),
      recentSends(db, 8),
      hasRows(db),
      readSettings(db),
    ]);
    return {
      today,
      weekStart: week.start,
      weekEnd: week.end,
      // Every open status has a next step; the filter only narrows the type.
      myOpenProposals: open.flatMap((p) => {
        const nextStep = nextStepOf(p.status, p.approval);
        return nextStep ? [{ ...p, nextStep }] : [];
      }),
      visitsThisWeek: visits,
      // The whole week, as the visits beside it: a birthday on Monday is still worth a late greeting.
      careThisWeek: remindersBetween(care, today, week.start, week.end),
      recentSends: sends,
      checklist: rows.proposalSent ? null : { company: settings.companyName.trim() !== '', ...rows },
    };
  },
});
