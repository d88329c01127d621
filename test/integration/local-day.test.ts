// The user's day, not UTC's: 07:30 on 5 March in Shanghai is 23:30 on 4 March in UTC. Node reads TZ
// when a date is first turned into local fields, so it is set before anything here makes a Date.
process.env.TZ = 'Asia/Shanghai';

import { afterEach, describe, expect, it, vi } from 'vitest';
import { contactInputSchema } from '@shared/contract';
import { localDateTime, localTime, localToday } from '@shared/dates/local';
import { validate } from '@shared/validation';
import { archiveFileName } from '../../electron/core/archive/export';
import { paragraphs, unzip } from './support/docx-reader';
import type { ProposalDetail } from '@shared/contract';
import { openProposalWorld, PRE_COMM, saveArgs, SELF_CHECK, withText } from './support/proposal-world';

const MORNING_IN_SHANGHAI = new Date('2026-03-04T23:30:00.000Z');
const THAT_DAY = '2026-03-05';

afterEach(() => {
  vi.useRealTimers();
});

describe('dates in the user day (TZ=Asia/Shanghai, clock at 07:30 local)', () => {
  it('runs in Shanghai time: the clock reads 07:30 and UTC is still the day before', () => {
    expect(MORNING_IN_SHANGHAI.getHours()).toBe(7);
    expect(MORNING_IN_SHANGHAI.getMinutes()).toBe(30);
    expect(MORNING_IN_SHANGHAI.toISOString().slice(0, 10)).toBe('2026-03-04');
  });

  it('localToday and the form defaults built on it give that day', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MORNING_IN_SHANGHAI);
    expect(localToday()).toBe(THAT_DAY);
    expect(localToday(MORNING_IN_SHANGHAI)).toBe(THAT_DAY);
  });

  it('a birthday of today (local) is not refused as lying in the future', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MORNING_IN_SHANGHAI);
    const contact = {
      name: '李娜',
      role: '',
      phone: '',
      email: '',
      wechat: '',
      decisionMaker: false,
      topManagement: false,
    };
    expect(validate(contactInputSchema, { ...contact, birthday: THAT_DAY }).ok).toBe(true);
    const tomorrow = validate(contactInputSchema, { ...contact, birthday: '2026-03-06' });
    expect(tomorrow.ok).toBe(false);
  });

  it('times shown to a person are local', () => {
    expect(localDateTime(MORNING_IN_SHANGHAI.toISOString())).toBe(`${THAT_DAY} 07:30`);
    expect(localTime('2026-03-04T23:30:15.000Z')).toBe('07:30:15');
  });

  it('the workspace archive file is named for that day', () => {
    expect(archiveFileName(MORNING_IN_SHANGHAI)).toBe(`workbench-archive-${THAT_DAY}.json.gz`);
  });

  it('a Word export made at 07:30 carries that day, read back from the .docx', async () => {
    const w = await openProposalWorld(() => MORNING_IN_SHANGHAI);
    try {
      const file = await w.as<{ fileName: string; bytesBase64: string }>(w.lead, 'export.quoteDocx', {
        quoteId: w.thin.id,
        language: 'zh-CN',
      });
      const xml = unzip(new Uint8Array(Buffer.from(file.bytesBase64, 'base64')))
        .get('word/document.xml')!
        .toString('utf8');
      const text = paragraphs(xml).join('\n');
      // The cover's date row, and the file name's date (UTC would give 4 March for both).
      expect(text).toContain('日期\n2026年3月5日');
      expect(text).not.toContain('2026年3月4日');
      expect(file.fileName).toContain(THAT_DAY);
    } finally {
      w.t.dispose();
    }
  });

  it('a proposal sent at 07:30 freezes a version dated that day, and its Word file says so', async () => {
    const w = await openProposalWorld(() => MORNING_IN_SHANGHAI);
    try {
      const created = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
        clientId: w.clientId,
        title: '品牌焕新提案',
        quoteId: w.healthy.id,
      });
      const saved = await w.as<ProposalDetail>(
        w.lead,
        'proposals.save',
        saveArgs(created, {
          sections: withText(created.sections, 'situation', '认知度处于第二梯队'),
          preCommunication: PRE_COMM,
          selfCheck: SELF_CHECK,
        }),
      );
      const pre = await w.as<ProposalDetail>(w.lead, 'proposals.transition', { id: saved.id, to: 'pre_communicated' });
      await w.as(w.lead, 'proposals.send', { id: saved.id, revision: pre.revision, acknowledgeWarnings: true });
      const v1 = await w.as<{ fileName: string; bytesBase64: string }>(w.lead, 'export.versionDocx', {
        proposalId: saved.id,
        number: 1,
      });
      expect(v1.fileName).toMatch(new RegExp(`-V1-${THAT_DAY}\\.docx$`));
      const xml = unzip(new Uint8Array(Buffer.from(v1.bytesBase64, 'base64')))
        .get('word/document.xml')!
        .toString('utf8');
      expect(paragraphs(xml).join('\n')).toContain('日期\n2026年3月5日');
    } finally {
      w.t.dispose();
    }
  });
});
