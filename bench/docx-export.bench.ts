import { inflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { SNAPSHOT_FORMAT, type ExportSnapshot, type ProposalSection } from '../shared/export';
import { computeQuote } from '../shared/quote';
import { renderDocx } from '../electron/core/export/render';
import { DEFAULT_BRANDING } from '../electron/core/repos/branding';
import { benchQuote } from './quote-compute.bench';

/**
 * The Word export of a 200-line quote inside a full proposal (seven sections of rich text with
 * notes), against the floor: `docx` packing a document with the same number of paragraphs and
 * table cells and no logic at all, measured in the same run. Target: under 1 s.
 */
const TARGET_MS = 1000;
const RUNS = 5;

function fullProposal(): ProposalSection[] {
  const keys = ['situation', 'problem', 'solution', 'cost', 'plan', 'evaluation', 'effect'] as const;
  return keys.map((key) => ({
    key,
    blocks: [
      { type: 'heading', level: 1, runs: [{ text: '背景与数据' }] },
      ...Array.from({ length: 6 }, (_, i) => ({
        type: 'paragraph' as const,
        runs: [
          { text: `第 ${i + 1} 段：品牌认知度处于第二梯队，` },
          { text: '年轻消费者触达不足', bold: true },
          { text: '。', italic: true },
        ],
      })),
      {
        type: 'bulletList',
        items: [[{ text: '线上声量下降 12%' }], [{ text: '竞品投放翻倍' }], [{ text: '渠道分散' }]],
      },
      { type: 'numberedList', items: [[{ text: '调研' }], [{ text: '策略' }], [{ text: '执行' }]] },
      {
        type: 'table',
        headerRow: true,
        rows: Array.from({ length: 6 }, (_, r) => [
          [{ text: `渠道 ${r}` }],
          [{ text: `${r * 7}%` }],
          [{ text: '备注' }],
        ]),
      },
    ],
    notes: [{ point: '预算分配', rationale: '按历史转化率分配' }],
  }));
}

function snapshot(): ExportSnapshot {
  const quote = { ...benchQuote(200), validUntil: '2026-06-30', qualityAndEffect: '全程双人审校。' };
  return {
    format: SNAPSHOT_FORMAT,
    quote,
    computed: computeQuote(quote, { today: '2026-05-01' }),
    agency: { name: '星火传播' },
    client: { name: '星河乳业' },
    proposal: { title: '2027 品牌发布会提案', sections: fullProposal() },
    owner: { name: '王经理' },
    version: 1,
    date: '2026-05-01',
    generatedAt: '2026-05-01T08:00:00.000Z',
    language: 'zh-CN',
  };
}

function documentXml(docx: Uint8Array): string {
  const b = Buffer.from(docx);
  let at = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(at + 10);
  at = b.readUInt32LE(at + 16);
  for (let i = 0; i < count; i++) {
    const n = b.readUInt16LE(at + 28);
    const name = b.toString('utf8', at + 46, at + 46 + n);
    const local = b.readUInt32LE(at + 42);
    if (name === 'word/document.xml') {
      const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      return inflateRawSync(b.subarray(start, start + b.readUInt32LE(at + 20))).toString('utf8');
    }
    at += 46 + n + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return '';
}

/** The floor: the same count of paragraphs and cells, plain text, one table, no styles or logic. */
async function floorPack(paragraphs: number, cells: number): Promise<Uint8Array> {
  const columns = 7;
  const rows = Math.ceil(cells / columns);
  const doc = new Document({
    sections: [
      {
        children: [
          ...Array.from(
            { length: Math.max(0, paragraphs - cells) },
            (_, i) => new Paragraph({ children: [new TextRun(`段落 ${i}`)] }),
          ),
          new Table({
            rows: Array.from(
              { length: rows },
              (_, r) =>
                new TableRow({
                  children: Array.from(
                    { length: columns },
                    (_, c) => new TableCell({ children: [new Paragraph(`${r}.${c}`)] }),
                  ),
                }),
            ),
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

export default async function bench(): Promise<void> {
  const input = {
    snapshot: snapshot(),
    branding: { ...DEFAULT_BRANDING, logo: null, template: null },
    kind: 'proposal' as const,
  };
  const sample = await renderDocx(input);
  const xml = documentXml(sample);
  const paragraphs = (xml.match(/<w:p[ >]/g) ?? []).length;
  const cells = (xml.match(/<w:tc>/g) ?? []).length;
  const ours = await median(() => renderDocx(input));
  const floor = await median(() => floorPack(paragraphs, cells));
  const pass = ours < TARGET_MS;
  console.log(`document: ${paragraphs} paragraphs, ${cells} table cells, ${(sample.byteLength / 1024).toFixed(0)} kB`);
  console.log(`export (200-line quote, full proposal): ${ours.toFixed(0)} ms (median of ${RUNS})`);
  console.log(`floor (docx packing the same paragraphs and cells): ${floor.toFixed(0)} ms`);
  console.log(`ratio: ${(ours / floor).toFixed(1)}×`);
  console.log(`${pass ? 'PASS' : 'FAIL'}: export under ${TARGET_MS} ms`);
  if (!pass) process.exitCode = 1;
}
