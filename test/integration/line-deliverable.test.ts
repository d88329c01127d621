import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuoteRecord } from '@shared/contract';
import type { QuoteInterchange } from '@shared/quote';
import { openProposalWorld, type ProposalWorld } from './support/proposal-world';

interface File {
  fileName: string;
  bytesBase64: string;
}

/** python-docx, an independent reader: every table of the document as rows of cell texts. */
const TABLES = `
import sys, json, docx
d = docx.Document(sys.argv[1])
print(json.dumps([[[c.text for c in r.cells] for r in t.rows] for t in d.tables], ensure_ascii=False))
`;
import { requireTool } from '../support/tools';

const PLANNER = '两份策略方案，含一轮修改';
const VENUE = '主会场 500 人，含布展与撤场';

/** Issue 15: a per-line 说明 / deliverable, stored inside the line's JSON and printed in 说明. */
describe('a line’s deliverable (说明)', () => {
  let w: ProposalWorld;
  beforeEach(async () => {
    w = await openProposalWorld();
  });
  afterEach(() => w.t.dispose());

  function withDeliverables(doc: QuoteInterchange): QuoteInterchange {
    return {
      ...doc,
      sections: doc.sections.map((s, i) => ({
        ...s,
        lines: s.lines.map((l, j) =>
          i === 0 && j === 0 ? { ...l, deliverable: PLANNER } : i === 1 && j === 0 ? { ...l, deliverable: VENUE } : l,
        ),
      })),
    };
  }

  const save = (q: QuoteRecord, document: unknown) =>
    w.raw(w.lead, 'quotes.save', {
      id: q.id,
      revision: q.revision,
      clientId: q.clientId,
      ownerId: q.ownerId,
      document,
      lineMeta: q.lineMeta,
    });

  function tablesOf(file: File): string[][][] {
    const path = join(w.t.dir, `deliverable-${Date.now()}.docx`);
    writeFileSync(path, Buffer.from(file.bytesBase64, 'base64'));
    return JSON.parse(
      execFileSync(requireTool('python-docx'), ['-c', TABLES, path], { encoding: 'utf8' }),
    ) as string[][][];
  }

  it('is kept with the line and printed in the Word document’s 说明 column (read back with python-docx)', async () => {
    const q = w.healthy;
    // A quote stored before the field existed reads as it was: no line has one.
    expect(q.document.sections.flatMap((s) => s.lines).every((l) => l.deliverable === undefined)).toBe(true);
    const saved = await save(q, withDeliverables(q.document));
    expect(saved.ok).toBe(true);
    const stored = await w.as<QuoteRecord>(w.lead, 'quotes.get', { id: q.id });
    expect(stored.document.sections[0]!.lines[0]!.deliverable).toBe(PLANNER);
    expect(stored.document.sections[1]!.lines[0]!.deliverable).toBe(VENUE);
    expect(stored.document.sections[0]!.lines[1]!.deliverable).toBeUndefined();

    for (const language of ['zh-CN', 'en'] as const) {
      const file = await w.as<File>(w.lead, 'export.quoteDocx', { quoteId: q.id, language });
      const rows = tablesOf(file).flat();
      const header = rows.find((r) => r.includes(language === 'zh-CN' ? '说明' : 'Detail'));
      expect(header, language).toBeDefined();
      const detail = header!.indexOf(language === 'zh-CN' ? '说明' : 'Detail');
      const venue = rows.find((r) => r[0] === '场地租赁')!;
      expect(venue[detail]).toBe(VENUE);
      // A labour line keeps its "2 人 × 5 天" under what it delivers.
      const planner = rows.find((r) => r[0] === '高级策划')!;
      expect(planner[detail]!.split('\n')[0]).toBe(PLANNER);
      expect(planner[detail]!.split('\n')[1]).toMatch(/2/);
      // A line without one: 说明 holds only the effort.
      const designer = rows.find((r) => r[0] === '设计师')!;
      expect(designer[detail]).not.toContain(PLANNER);
    }
  });

  it('is refused past 2,000 characters with the field named, and nothing changes', async () => {
    const q = w.healthy;
    const long = withDeliverables(q.document);
    long.sections[0]!.lines[0] = { ...long.sections[0]!.lines[0]!, deliverable: '字'.repeat(2001) };
    const refused = await save(q, long);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('validation');
    const issue = refused.error.issues?.find((i) => i.path.join('.').endsWith('deliverable'));
    expect(issue, JSON.stringify(refused.error.issues)).toBeDefined();
    expect(issue!.messages['zh-CN']).toContain('说明');
    expect(issue!.messages.en).toMatch(/2,?000/);
    expect((await w.as<QuoteRecord>(w.lead, 'quotes.get', { id: q.id })).revision).toBe(q.revision);
  });
});
