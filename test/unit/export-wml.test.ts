import { describe, expect, it } from 'vitest';
import { BodyWriter, contentsXml } from '../../electron/core/export/body';
import { cell, paragraph, run, t, text } from '../../electron/core/export/wml';

describe('the WordprocessingML body writer', () => {
  it('escapes markup and drops what XML 1.0 cannot hold, in text and attributes', () => {
    expect(text(`a<b>&"c'\u000Bd\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;\nd');
    expect(run('<x>')).toBe('<w:r><w:t>&lt;x&gt;</w:t></w:r>');
  });

  it('keeps whitespace a reader would trim or collapse, and says nothing where there is none', () => {
    expect(t('报价')).toBe('<w:t>报价</w:t>');
    for (const s of [' lead', 'trail ', 'two  spaces', 'tab\there', 'line\nbreak'])
      expect(t(s)).toBe(`<w:t xml:space="preserve">${s}</w:t>`);
  });

  it('writes only the properties given, in the schema order docx wrote them', () => {
    expect(paragraph({})).toBe('<w:p/>');
    expect(
      paragraph(
        {
          style: 'S',
          keepNext: true,
          pageBreakBefore: true,
          numId: 3,
          spacing: { before: 1, after: 2 },
          align: 'right',
        },
        run('x', { bold: true, italic: true, color: 'C00000', size: 18, breakBefore: true }),
      ),
    ).toBe(
      '<w:p><w:pPr><w:pStyle w:val="S"/><w:keepNext/><w:pageBreakBefore/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr><w:spacing w:after="2" w:before="1"/><w:jc w:val="right"/></w:pPr>' +
        '<w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:color w:val="C00000"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr><w:br/><w:t>x</w:t></w:r></w:p>',
    );
    expect(cell({}, '<w:p/>')).toBe('<w:tc><w:p/></w:tc>');
  });

  it('bookmarks headings of levels 1–2 in order and lists them in the contents; numbered lists count from instance 2', () => {
    const body = new BodyWriter();
    const xml = [body.headingText(1, '一、现状'), body.headingText(3, '细节'), body.headingText(2, 'A & B')].join('');
    expect(xml).toContain(
      '<w:bookmarkStart w:name="_Toc1" w:id="1"/><w:r><w:t>一、现状</w:t></w:r><w:bookmarkEnd w:id="1"/>',
    );
    expect(xml).toContain('<w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>细节</w:t></w:r></w:p>');
    expect(body.contents).toEqual([
      { level: 1, title: '一、现状', bookmark: '_Toc1' },
      { level: 2, title: 'A & B', bookmark: '_Toc2' },
    ]);
    const toc = contentsXml('目录', body.contents);
    expect(toc).toContain('<w:hyperlink w:history="1" w:anchor="_Toc2"><w:r><w:t>A &amp; B</w:t></w:r></w:hyperlink>');
    expect(toc.match(/fldCharType="begin"/g)).toHaveLength(1);
    expect(toc).toMatch(/fldCharType="end"\/><\/w:r><\/w:p><\/w:sdtContent><\/w:sdt>$/);
    expect([body.nextNumberedList(), body.nextNumberedList()]).toEqual([2, 3]);
    expect(body.numberedLists).toBe(2);
  });
});
