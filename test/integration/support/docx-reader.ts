import { inflateRawSync } from 'node:zlib';

/**
 * An independent .docx reader for tests: its own zip parsing (central directory + node:zlib
 * inflateRaw) and a regex over the XML — no code shared with the writer (`docx`) or with our
 * export modules, so a bug there cannot hide itself here.
 */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressed);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
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
