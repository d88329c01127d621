import type { User } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import {
  editableSections,
  type EditableSection,
  type LossReason,
  type PreCommunication,
  type SelfCheck,
} from '@shared/proposal';
import type { DemoPlayer } from './demo-player';

/** Where a demo proposal's life ends (the statuses, and a draft left waiting for finance). */
export type DemoOutcome =
  'draft' | 'pre_communicated' | 'awaiting_approval' | 'sent' | 'negotiating' | 'won' | 'lost' | 'archived';

/** One proposal of the demo, and the life it is to have lived by today. */
export interface ProposalPlan {
  clientId: number;
  quoteId: number;
  title: string;
  owner: User;
  sections: EditableSection[];
  /** Recorded two days after creation, before anything goes out. */
  preCommunication: PreCommunication | null;
  /**
   * Whether the proposal also passed through the pre-communicated status. The current proposals
   * do; the history's carry the record only (a send from draft is allowed), which spares the
   * set-up a call per old proposal — the demo is seeded many times by the tests.
   */
  preCommunicatedStatus: boolean;
  selfCheck: SelfCheck | null;
  outcome: DemoOutcome;
  /** When the account lead created it (UTC instant). */
  created: Date;
  /** Sent as v1, or as v1 and (after the client's feedback and an edit) v2. */
  versions: 1 | 2;
  /** When the client decided (won/lost); after the last send. */
  decided?: Date;
  loss?: { reason: LossReason; note: string };
  /** What the lead tells finance when the quote needs an approval. */
  approvalNote: string;
  /** The edit that made v2: a sentence added to the plan. */
  revisionNote: string;
  financeComment: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const after = (from: Date, ms: number) => new Date(from.getTime() + ms);

interface Step {
  at: Date;
  /** Tie-break at the same instant: the plan's order, then the step's. */
  plan: number;
  step: number;
  run(): Promise<void>;
}

/**
 * The calls one proposal's life is made of, each dated: created and written by its owner, the
 * pre-communication recorded, finance asked (and deciding) when the quote needs it, sent as v1 —
 * and for some, after the client's feedback, edited and sent again as v2 — then won or lost.
 */
function stepsOf(play: DemoPlayer, p: ProposalPlan, finance: User, index: number): Step[] {
  // What the owner's screen would hold between calls: the proposal's id and the revision the next
  // save or send names (only a save moves it). The writes reply with ids only (see demo-player.ts).
  let proposal: { id: number; revision: number } | undefined;
  const current = () => {
    if (!proposal) throw new Error('a demo proposal step ran before its creation');
    return proposal;
  };
  const steps: Step[] = [];
  const at = (when: Date, run: () => Promise<void>) => steps.push({ at: when, plan: index, step: steps.length, run });
  const save = async (when: Date, sections: EditableSection[]) => {
    const d = current();
    await play(
      'proposals.save',
      {
        id: d.id,
        revision: d.revision,
        title: p.title,
        quoteId: p.quoteId,
        sections,
        preCommunication: p.preCommunication,
        selfCheck: p.selfCheck,
      },
      p.owner,
      when,
    );
    d.revision += 1;
  };
  // Finance is asked only when the content needs it (margin under the floor, a deep discount),
  // as the proposal's send check says on the owner's screen.
  const approve = async (when: Date, decide: boolean) => {
    if (!(await play.approvalNeeded(p.quoteId, when))) return;
    const request = await play(
      'proposals.requestApproval',
      { id: current().id, revision: current().revision, note: p.approvalNote },
      p.owner,
      when,
    );
    if (!decide) return;
    await play(
      'approvals.decide',
      { id: request, decision: 'approved', comment: p.financeComment },
      finance,
      after(when, 20 * HOUR),
    );
  };

  const c = p.created;
  at(c, async () => {
    const id = await play('proposals.create', { clientId: p.clientId, title: p.title, quoteId: p.quoteId }, p.owner, c);
    proposal = { id, revision: await play.revisionOf(id) };
    await save(after(c, HOUR), p.sections);
  });
  if (p.outcome === 'draft') return steps;
  if (p.outcome === 'archived') {
    at(after(c, 3 * DAY), async () => {
      await play('proposals.transition', { id: current().id, to: 'archived' }, p.owner, after(c, 3 * DAY));
    });
    return steps;
  }
  if (p.preCommunication && (p.preCommunicatedStatus || p.outcome === 'pre_communicated'))
    at(after(c, 2 * DAY), async () => {
      await play('proposals.transition', { id: current().id, to: 'pre_communicated' }, p.owner, after(c, 2 * DAY));
    });
  if (p.outcome === 'pre_communicated') return steps;
  at(after(c, 3 * DAY), () => approve(after(c, 3 * DAY), p.outcome !== 'awaiting_approval'));
  if (p.outcome === 'awaiting_approval') return steps;
  const send = (when: Date) =>
    at(when, async () => {
      await play(
        'proposals.send',
        { id: current().id, revision: current().revision, acknowledgeWarnings: true },
        p.owner,
        when,
      );
    });
  send(after(c, 5 * DAY));
  if (p.versions === 2) {
    const talks = after(c, 9 * DAY);
    at(talks, async () => {
      await play('proposals.transition', { id: current().id, to: 'negotiating' }, p.owner, talks);
      // The sections as saved at creation (the save keeps them as given: the seven, in order).
      await save(after(talks, 2 * HOUR), withRevisionNote(p.sections, p.revisionNote));
    });
    // The edit moved the content: an approval was for the old one, so finance is asked again.
    at(after(c, 10 * DAY), () => approve(after(c, 10 * DAY), true));
    send(after(c, 12 * DAY));
  }
  if (p.outcome === 'negotiating') {
    // Still talking after the last version went out.
    const talks = after(c, (p.versions === 2 ? 14 : 8) * DAY);
    at(talks, async () => {
      await play('proposals.transition', { id: current().id, to: 'negotiating' }, p.owner, talks);
    });
  }
  if ((p.outcome === 'won' || p.outcome === 'lost') && p.decided) {
    const decided = p.decided;
    at(decided, async () => {
      await play(
        'proposals.transition',
        p.outcome === 'lost' && p.loss
          ? { id: current().id, to: 'lost', reasonCode: p.loss.reason, note: p.loss.note }
          : { id: current().id, to: 'won' },
        p.owner,
        decided,
      );
    });
  }
  return steps;
}

function withRevisionNote(sections: EditableSection[], note: string): EditableSection[] {
  return sections.map((s) =>
    s.key === 'plan' ? { ...s, blocks: [...s.blocks, { type: 'paragraph', runs: [{ text: note }] }] } : s,
  );
}

/**
 * Every plan's calls in the order of their dates across the whole demo, so ids and the audit
 * trail (newest first by id) read as the agency's timeline, not proposal by proposal.
 */
export async function playLives(play: DemoPlayer, plans: ProposalPlan[], finance: User): Promise<void> {
  const steps = plans.flatMap((p, i) => stepsOf(play, p, finance, i));
  steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.plan - b.plan || a.step - b.step);
  for (const s of steps) await s.run();
  await play.finish();
}

/** Both languages of a demo text; the demo speaks the one chosen at set-up. */
export function pick(lang: Lang, zh: string, en: string): string {
  return lang === 'en' ? en : zh;
}

/** What the people of the demo write along a proposal's life, in the demo's language. */
export function lifeWords(lang: Lang): Pick<ProposalPlan, 'approvalNote' | 'revisionNote' | 'financeComment'> {
  return {
    approvalNote: pick(
      lang,
      '年度框架客户：折扣换取全年合作，已与客户市场部确认。',
      "Framework client: the discount buys a year's work, agreed with their marketing team.",
    ),
    revisionNote: pick(
      lang,
      '根据客户反馈，执行阶段顺延一周，并增加一次中期复盘。',
      "After the client's feedback, execution moves back a week and a mid-term review is added.",
    ),
    financeComment: pick(
      lang,
      '同意。请在合同中写明续签条件。',
      'Approved. Put the renewal condition in the contract.',
    ),
  };
}

/** Why the demo's pitches were lost: every code of the one loss-reason list, each with the lead's note. */
const LOSSES: { reason: LossReason; zh: string; en: string }[] = [
  { reason: 'price', zh: '客户选择了报价更低的代理商', en: 'The client chose a cheaper agency' },
  { reason: 'competitor', zh: '竞争对手有同品类的成功案例', en: 'A competitor showed a case in the same category' },
  {
    reason: 'budget_cut',
    zh: '客户年度预算收紧，项目取消',
    en: 'The client cut its annual budget; the project was dropped',
  },
  {
    reason: 'timing',
    zh: '客户要求的上线时间我方无法保证',
    en: 'We could not promise the launch date the client needed',
  },
  { reason: 'scope_changed', zh: '需求改为纯线上投放，不再需要整合方案', en: 'The brief became online media only' },
  { reason: 'no_decision', zh: '客户内部迟迟未决，项目搁置', en: 'No decision inside the client; the project stalled' },
  {
    reason: 'relationship',
    zh: '客户新任市场总监带来了原合作代理',
    en: 'The new marketing director brought their own agency',
  },
];

/** The k-th loss of the demo: the reasons in turn, price first (the commonest). */
export function lossOf(lang: Lang, k: number): { reason: LossReason; note: string } {
  const l = LOSSES[k % LOSSES.length]!;
  return { reason: l.reason, note: pick(lang, l.zh, l.en) };
}

/** The seven sections of an everyday proposal, written for its client and project. */
export function standardSections(client: string, industry: string, title: string): EditableSection[] {
  return editableSections([
    { key: 'situation', text: `${client}在${industry}行业的品牌认知度处于第二梯队，年轻消费者触达不足。` },
    { key: 'problem', text: '传播渠道分散、信息不统一，导致投放效率低，品牌形象模糊。' },
    { key: 'solution', text: `以"${title}"为核心，整合线上线下渠道，统一品牌信息。` },
    { key: 'cost', text: '费用明细见所附报价。' },
    { key: 'plan', text: '第一阶段：调研与策划（2 周）；第二阶段：创意与制作（3 周）；第三阶段：执行与复盘（2 周）。' },
    { key: 'evaluation', text: '以曝光量、互动率、到场人数与销售线索数量评估。' },
    { key: 'effect', text: '预计品牌搜索指数提升 30%，活动曝光 5,000 万次。' },
  ]);
}
