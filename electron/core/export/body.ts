import { bookmarkedParagraph, paragraph, run, t, text, type ParagraphProps, type Xml } from './wml';

/** The numbering instance docx gives its default bullet list (in the package's numbering.xml). */
export const BULLET_NUM_ID = 1;

export interface ContentsEntry {
  level: 1 | 2;
  title: string;
  bookmark: string;
}

/**
 * What a document body counts as it is written: the headings the contents link to (levels 1–2,
 * bookmarked _Toc1, _Toc2… in order, as Word names them) and the numbered lists (each its own
 * numbering instance, so each starts at 1). Counted per document, so the output is stable.
 */
export class BodyWriter {
  readonly contents: ContentsEntry[] = [];
  /** How many numbered lists the body has: instances 2, 3, … after the bullet list's 1. */
  numberedLists = 0;

  /** A Word heading (Heading1–4); levels 1–2 are bookmarked and listed in the contents. */
  heading(level: 1 | 2 | 3 | 4, content: Xml, plain: string, p: ParagraphProps = {}): Xml {
    const props = { ...p, style: `Heading${level}` };
    if (level !== 1 && level !== 2) return paragraph(props, content);
    const id = this.contents.length + 1;
    const bookmark = `_Toc${id}`;
    this.contents.push({ level, title: plain, bookmark });
    return bookmarkedParagraph(props, content, bookmark, id);
  }

  /** A heading of plain text. */
  headingText(level: 1 | 2 | 3 | 4, value: string, p: ParagraphProps = {}): Xml {
    return this.heading(level, run(value), value, p);
  }

  /** A new numbered list's numbering instance (w:numId). */
  nextNumberedList(): number {
    this.numberedLists++;
    return BULLET_NUM_ID + this.numberedLists;
  }
}

const TOC_TABS = '<w:tabs><w:tab w:val="right" w:pos="9638" w:leader="dot"/></w:tabs>';

/**
 * The contents: a TOC field written clean (Word shows it as written and never asks to update it),
 * each entry a link to its heading's bookmark, without page numbers — those would need the pages
 * laid out (docx's layout estimate cost 0.7–1.3 s for a short proposal).
 */
export function contentsXml(alias: string, entries: readonly ContentsEntry[]): Xml {
  const head = `<w:sdt><w:sdtPr><w:alias w:val="${text(alias)}"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>`;
  const field =
    '<w:r><w:fldChar w:fldCharType="begin" w:dirty="false"/><w:instrText xml:space="preserve">TOC \\h \\n &quot;1-2&quot; \\o &quot;1-2&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>';
  const items = entries.map(
    (e, i) =>
      `<w:p><w:pPr><w:pStyle w:val="TOC${e.level}"/>${TOC_TABS}</w:pPr>${i === 0 ? field : ''}<w:hyperlink w:history="1" w:anchor="${e.bookmark}"><w:r>${t(e.title)}</w:r></w:hyperlink></w:p>`,
  );
  return `${head}${items.join('')}<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:sdtContent></w:sdt>`;
}
