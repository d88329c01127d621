import type { Kysely } from 'kysely';
import type { User } from '@shared/contract';
import { addDays } from '@shared/analytics/care';
import { weekOf } from '@shared/dates/week';
import type { Lang } from '@shared/i18n/lang';
import type { Database } from '../db/schema';
import { pick } from './proposal-lives';

export interface ThisWeekOptions {
  /** The user's day the demo is created (shared/dates/local.ts), which Home's week is counted from. */
  today: string;
  ownerOf(i: number): User;
  at: string;
  language: Lang;
}

/**
 * Another day of this week (Monday to Sunday) than today, `n` days on when the week has them,
 * else `n` days back: on a Sunday the week's other days are behind.
 */
function otherDayThisWeek(today: string, n: number): string {
  const { end } = weekOf(today);
  return addDays(today, addDays(today, n) <= end ? n : -n);
}

/**
 * The demo is created "now", so what an account lead meets on Home this week is planned relative
 * to that day, whatever the weekday: two contacts' birthdays this week (one today), one the week
 * after; a visit today, one on another day this week and two next week — on the served clients
 * with recent work (the first three), so no dozing or asleep client looks contacted. A visit
 * already behind us this week has its outcome written; the others are plans.
 */
export async function seedThisWeek(db: Kysely<Database>, o: ThisWeekOptions): Promise<void> {
  const clients = await db.selectFrom('clients').select('id').orderBy('id').limit(3).execute();
  const { end } = weekOf(o.today);
  const birthdays = [o.today, otherDayThisWeek(o.today, 2), addDays(end, 3)];
  const visits = [
    { client: 0, on: o.today, purpose: pick(o.language, '季度回顾', 'Quarterly review') },
    { client: 1, on: otherDayThisWeek(o.today, 1), purpose: pick(o.language, '新年度需求沟通', "Next year's brief") },
    { client: 2, on: addDays(end, 2), purpose: pick(o.language, '项目复盘', 'Project wrap-up') },
    { client: 0, on: addDays(end, 4), purpose: pick(o.language, '高层引荐', 'Introduction to the CEO') },
  ];
  for (const [i, c] of clients.entries()) {
    const contacts = await db.selectFrom('contacts').select('id').where('client_id', '=', c.id).orderBy('id').execute();
    const first = contacts[0];
    if (first)
      // Leap years of birth, so a birthday on 29 February is a date too.
      await db
        .updateTable('contacts')
        .set({ birthday: `19${80 + 4 * i}-${birthdays[i]!.slice(5)}` })
        .where('id', '=', first.id)
        .execute();
    for (const v of visits.filter((x) => x.client === i)) {
      const done = v.on < o.today;
      await db
        .insertInto('visits')
        .values({
          client_id: c.id,
          contact_id: first?.id ?? null,
          visited_on: v.on,
          purpose: v.purpose,
          plan: pick(
            o.language,
            '回顾本季度执行效果，了解下季度预算与重点。',
            "Review this quarter's work; learn next quarter's budget and priorities.",
          ),
          outcome: done
            ? pick(
                o.language,
                '客户认可执行质量，希望加强数据复盘。',
                'The client likes the work and wants more data reviews.',
              )
            : '',
          next_step: done
            ? pick(
                o.language,
                '两周内提交下季度传播规划初稿。',
                "Send a first draft of next quarter's plan within two weeks.",
              )
            : '',
          owner_id: o.ownerOf(i).id,
          created_at: o.at,
        })
        .execute();
    }
  }
}
