import { unzipSync } from 'fflate';

/**
 * A .docx reader for tests: fflate's unzip (our own package's bytes, trusted: no bounds) and a
 * regex over the XML — no code shared with the document writer (`docx`) or with our export
 * modules, so a bug there cannot hide itself here. The zip layer is shared with the writer
 * (fflate): the python-docx read-backs (test/integration/export-snapshots.test.ts and others)
 * check it independently.
 */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  return new Map(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [
      name,
      Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    ]),
  );
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph (w:p) of a part, runs joined, in order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''),
  );
}

export interface ReadDocx {
  files: Map<string, Buffer>;
  document: string;
  styles: string;
  /** Every paragraph's text, body, headers and footers. */
  text: string[];
  body: string[];
  headers: string[];
}

export function readDocx(bytes: Uint8Array): ReadDocx {
  const files = unzip(bytes);
  const document = files.get('word/document.xml')?.toString('utf8') ?? '';
  const styles = files.get('word/styles.xml')?.toString('utf8') ?? '';
  const headers = [...files.entries()]
    .filter(([name]) => /^word\/(header|footer)\d*\.xml$/.test(name))
    .flatMap(([, data]) => paragraphs(data.toString('utf8')));
  const body = paragraphs(document);
  return { files, document, styles, text: [...body, ...headers], body, headers };
}

/** Every table (w:tbl) of a part: its rows (w:tr), each row's cells (w:tc) as text, paragraphs joined by a newline. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((tbl) =>
    [...tbl[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => paragraphs(tc[0]).join('\n')),
    ),
  );
}
