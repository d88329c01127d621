import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_FORMAT, type ExportSnapshot, type ProposalSection } from '@shared/export';
import { computeQuote, type QuoteInterchange } from '@shared/quote';
import { renderDocx } from '../../electron/core/export/render';
import { DEFAULT_BRANDING } from '../../electron/core/repos/branding';
import { readDocx } from '../integration/support/docx-reader';
import { RICH_SECTIONS, WORKED_QUOTE } from '../integration/support/export-fixtures';

/**
 * Issue 16: the Word export's `word/document.xml` as file snapshots (as BlockNote's docx exporter
 * tests keep theirs), for a small quote, a full proposal and a JPY quote. The export is a pure
 * function of its snapshot (fixed clock: `generatedAt`; bookmarks and list ids numbered per
 * document), so the XML is compared whole — any change to what a document says or how it is laid
 * out shows as a reviewable diff (`vitest -u` after checking it). Beside it, python-docx opens
 * each file: an independent reader of the zip and the XML.
 */
const AT = '2026-05-01T08:00:00.000Z';
const branding = { ...DEFAULT_BRANDING, logo: null, template: null };

function snapshot(quote: QuoteInterchange, proposal?: ExportSnapshot['proposal']): ExportSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    quote,
    computed: computeQuote(quote, { today: '2026-05-01' }),
    agency: { name: '星火传播' },
    client: { name: quote.client },
    proposal,
    owner: { name: '王经理' },
    version: 1,
    date: '2026-05-01',
    generatedAt: AT,
    language: 'zh-CN',
  } as ExportSnapshot;
}

const SMALL: QuoteInterchange = {
  ...WORKED_QUOTE,
  title: '新品海报',
  discount: undefined,
  sections: [WORKED_QUOTE.sections[0]!],
} as QuoteInterchange;

const JPY: QuoteInterchange = {
  ...WORKED_QUOTE,
  title: '東京発表会',
  currency: 'JPY',
  sections: WORKED_QUOTE.sections.map((s) => ({
    ...s,
    lines: s.lines.map((l) =>
      l.kind === 'labor'
        ? { ...l, rate: 42000, costRate: 25000, market: undefined }
        : { ...l, unitPrice: 180000, unitCost: 150000 },
    ),
  })),
} as QuoteInterchange;

const CASES = [
  { name: 'small-quote', input: { snapshot: snapshot(SMALL), branding, kind: 'quote' as const } },
  {
    name: 'full-proposal',
    input: {
      snapshot: snapshot(WORKED_QUOTE, { title: '2027 品牌发布会提案', sections: RICH_SECTIONS as ProposalSection[] }),
      branding,
      kind: 'proposal' as const,
    },
  },
  { name: 'jpy-quote', input: { snapshot: snapshot(JPY), branding, kind: 'quote' as const } },
];

/** One element per line at paragraph, table, row and cell starts: a diff a reviewer can read. */
const readable = (xml: string) => xml.replace(/(<w:(?:p|tbl|tr|tc|sectPr)[ >])/g, '\n$1');

const PYTHON_DOCX = `
import sys, json, docx
d = docx.Document(sys.argv[1])
print(json.dumps({"paragraphs": [p.text for p in d.paragraphs], "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables]}, ensure_ascii=False))
`;
import { requireTool } from '../support/tools';

describe('Word documents as XML snapshots', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wb-snapshots-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const { name, input } of CASES)
    it(`${name}: word/document.xml as snapshotted, and python-docx reads the same text`, async () => {
      const bytes = await renderDocx(input);
      // Stable: rendered again, the same bytes (no clock, no random id).
      expect(Buffer.from(await renderDocx(structuredClone(input))).equals(Buffer.from(bytes))).toBe(true);
      const doc = readDocx(bytes);
      await expect(readable(doc.document)).toMatchFileSnapshot(`./__snapshots__/export/${name}.document.xml`);

      const path = join(dir, `${name}.docx`);
      writeFileSync(path, bytes);
      const read = JSON.parse(
        execFileSync(requireTool('python-docx'), ['-c', PYTHON_DOCX, path], { encoding: 'utf8' }),
      ) as {
        paragraphs: string[];
        tables: string[][][];
      };
      const total = input.snapshot.computed.total;
      const totalText = new Intl.NumberFormat('en', {
        minimumFractionDigits: input.snapshot.quote.currency === 'JPY' ? 0 : 2,
      }).format(total / (input.snapshot.quote.currency === 'JPY' ? 1 : 100));
      // The total, as the document prints it, is in a table cell python-docx reads.
      expect(
        read.tables.flat(2).some((cell) => cell.includes(totalText)),
        totalText,
      ).toBe(true);
      expect(read.paragraphs.join('\n')).toContain(input.snapshot.client.name);
    });
});
