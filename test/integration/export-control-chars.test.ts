import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteRecord } from '@shared/contract';
import { readDocx } from './support/docx-reader';
import { openArchiveWorld, type ArchiveWorld } from './support/archive-world';

interface File {
  bytesBase64: string;
}

/**
 * Issue 14: a title with U+000B (what Word's Shift+Enter pastes) made docProps/core.xml malformed
 * in all four export kinds, permanently for a sent version. Every XML part of each export is parsed
 * by Python's expat (an independent, strict XML 1.0 parser); the rows are written with the control
 * character the way data stored before the fix holds it, and a sent version carries it frozen.
 */
const WELL_FORMED = `
import sys, zipfile, xml.dom.minidom
z = zipfile.ZipFile(sys.argv[1])
bad = []
for name in z.namelist():
    if name.endswith('.xml') or name.endswith('.rels'):
        try:
            xml.dom.minidom.parseString(z.read(name))
        except Exception as e:
            bad.append(f'{name}: {e}')
print('\\n'.join(bad) if bad else 'ok')
`;
import { requireTool } from '../support/tools';

describe('control characters never reach a document', () => {
  let w: ArchiveWorld;
  let n = 0;
  const wellFormed = (file: File): string => {
    const path = join(w.t.dir, `export-${++n}.docx`);
    writeFileSync(path, Buffer.from(file.bytesBase64, 'base64'));
    return execFileSync(requireTool('python-docx'), ['-c', WELL_FORMED, path], { encoding: 'utf8' }).trim();
  };
  const TITLE = '品牌发布会\u000B第二行\u0007';

  beforeAll(async () => {
    w = await openArchiveWorld();
    const t = w.t;
    // Stored before the contract cleaned text: the quote's title (column and document) and the proposal's.
    const [quote] = await t.query<{ document: string }>('select document from quotes where id = ?', w.q1.id);
    await t.query(
      'update quotes set title = ?, document = ? where id = ?',
      TITLE,
      JSON.stringify({ ...JSON.parse(quote!.document), title: TITLE }),
      w.q1.id,
    );
    await t.query('update proposals set title = ? where id = ?', TITLE, w.p1.id);
    // A version frozen with the character in it (versions cannot be updated: a new one is inserted).
    const [v] = await t.query<Record<string, unknown> & { snapshot: string; number: number }>(
      'select * from proposal_versions where proposal_id = ? order by number desc limit 1',
      w.p1.id,
    );
    const snapshot = JSON.parse(v!.snapshot) as { document: { proposal: { title: string } } };
    snapshot.document.proposal.title = TITLE;
    await t.query(
      `insert into proposal_versions (proposal_id, number, snapshot, content_hash, currency, total, margin_percent, language, sent_at, sent_by, approval_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      w.p1.id,
      v!.number + 1,
      JSON.stringify(snapshot),
      'c'.repeat(64),
      v!.currency,
      v!.total,
      v!.margin_percent,
      v!.language,
      v!.sent_at,
      v!.sent_by,
      v!.approval_id,
    );
  });
  afterAll(() => w.t.dispose());

  const exports = (): [string, string, Record<string, unknown>][] => [
    ['quote', 'export.quoteDocx', { quoteId: w.q1.id }],
    ['finance sheet', 'export.financeSheetDocx', { quoteId: w.q1.id }],
    ['proposal', 'export.proposalDocx', { proposalId: w.p1.id }],
    ['re-export of a frozen version', 'export.versionDocx', { proposalId: w.p1.id, number: 3 }],
  ];
  for (const i of [0, 1, 2, 3])
    it(`writes a well-formed document: ${['quote', 'finance sheet', 'proposal', 'frozen version'][i]}`, async () => {
      const [, name, args] = exports()[i]!;
      const file = await w.t.ok<File>(name, args);
      expect(wellFormed(file)).toBe('ok');
      const doc = readDocx(Buffer.from(file.bytesBase64, 'base64'));
      const core = doc.files.get('docProps/core.xml')!.toString('utf8');
      // eslint-disable-next-line no-control-regex -- looking for exactly these characters
      expect(core).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|&#(?:x0*[bB]|0*11|x0*7|0*7);/);
      expect(core).toContain('品牌发布会');
      expect(doc.text.join('\n')).toContain('第二行');
    });

  it('cleans the characters at the contract boundary: what is saved holds none', async () => {
    const q = await w.t.ok<QuoteRecord>('quotes.create', {
      clientId: w.q1.clientId,
      title: `新报价\u000B副标题\u0000`,
      document: { ...w.q1.document, title: `新报价\u000B副标题\u0000` },
    });
    expect(q.document.title).toBe('新报价\n副标题');
    const [row] = await w.t.query<{ title: string }>('select title from quotes where id = ?', q.id);
    expect(row!.title).toBe('新报价\n副标题');
    expect(wellFormed(await w.t.ok<File>('export.quoteDocx', { quoteId: q.id }))).toBe('ok');
  });
});
