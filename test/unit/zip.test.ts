import { deflateRawSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZipEntries, readZipEntry, ZIP_MAX_ENTRIES, ZipFormatError } from '../../electron/core/export/zip-read';
import { writeZip } from '../../electron/core/export/zip-write';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

/**
 * A zip of one deflated entry (deflated by node:zlib: fflate's deflate of a bomb takes too long)
 * whose local and central headers claim `declared` bytes: stored by fflate, then marked deflated.
 */
function lyingZip(name: string, data: Uint8Array, declared: number): Uint8Array {
  const zip = zipSync({ [name]: deflateRawSync(data) }, { level: 0, mtime: new Date(2026, 0, 1) });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const central = zip.byteLength - 22 - (46 + Buffer.byteLength(name));
  view.setUint16(8, 8, true); // local header: method deflate
  view.setUint32(22, declared, true); // local header: uncompressed size
  view.setUint16(central + 10, 8, true);
  view.setUint32(central + 24, declared, true);
  return zip;
}

describe('the zip writer (fflate)', () => {
  it('keeps the order, reads back, and gives the same bytes in every time zone', () => {
    const files: [string, Uint8Array][] = [
      ['[Content_Types].xml', utf8('<Types/>')],
      ['word/document.xml', utf8('<w:document>报价单</w:document>'.repeat(50))],
      ['docProps/core.xml', utf8('<cp:coreProperties/>')],
    ];
    const at = new Date('2026-05-01T23:30:58.000Z');
    const zone = process.env.TZ;
    const inZone = (tz: string) => {
      process.env.TZ = tz;
      return writeZip(files, at);
    };
    try {
      const utc = inZone('UTC');
      expect(Buffer.from(inZone('Asia/Shanghai')).equals(Buffer.from(utc))).toBe(true);
      expect(Buffer.from(inZone('America/Los_Angeles')).equals(Buffer.from(utc))).toBe(true);
      // The local header's MS-DOS time and date are the instant's UTC fields: 23:30:58, 2026-05-01.
      const view = new DataView(utc.buffer, utc.byteOffset);
      expect(view.getUint16(10, true)).toBe((23 << 11) | (30 << 5) | 29);
      expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (5 << 5) | 1);
      const back = unzipSync(utc);
      expect(Object.keys(back)).toEqual(files.map(([n]) => n));
      expect(Buffer.from(back['word/document.xml']!).toString('utf8')).toContain('报价单');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('the zip reader keeps its bounds', () => {
  const docx = writeZip(
    [
      ['[Content_Types].xml', utf8('<Types/>')],
      ['word/styles.xml', utf8('<w:styles/>')],
    ],
    new Date('2026-01-01T00:00:00Z'),
  );

  it('reads the entry asked for, and null for one that is absent', () => {
    expect(Buffer.from(readZipEntry(docx, 'word/styles.xml', 1024)!).toString()).toBe('<w:styles/>');
    expect(readZipEntry(docx, 'word/document.xml', 1024)).toBeNull();
    expect([...readZipEntries(docx, () => true, 1024).keys()]).toEqual(['[Content_Types].xml', 'word/styles.xml']);
  });

  it('refuses an entry over the limit by its header, before inflating', () => {
    expect(() => readZipEntry(docx, 'word/styles.xml', 5)).toThrow(ZipFormatError);
  });

  it('stops a bomb that lies about its size within one slice, not after inflating it all', () => {
    // 128 MiB of zeros in ~128 kB, its headers claiming 1 kB.
    const bomb = lyingZip('word/styles.xml', new Uint8Array(128 * 1024 * 1024), 1024);
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    expect(() => readZipEntry(bomb, 'word/styles.xml', 20 * 1024 * 1024)).toThrow(/inflates past its size/);
    // Claiming more than it holds is refused too.
    const short = lyingZip('word/styles.xml', utf8('<w:styles/>'), 100);
    expect(() => readZipEntry(short, 'word/styles.xml', 1024)).toThrow(/not the size/);
  });

  it('refuses more entries than a document has, and unsafe path names', () => {
    const many = Object.fromEntries(
      Array.from({ length: ZIP_MAX_ENTRIES + 1 }, (_, i) => [`word/media/p${i}.xml`, new Uint8Array(0)]),
    );
    expect(() => readZipEntry(zipSync(many), 'word/styles.xml', 1024)).toThrow(/more than 5000 entries/);
    for (const name of ['../evil.xml', '/etc/passwd', 'word\\styles.xml', 'C:/x.xml', 'word/../../x.xml'])
      expect(() => readZipEntry(zipSync({ [name]: utf8('x') }), 'x', 1024), name).toThrow(/unsafe entry name/);
  });

  it('refuses what is not a zip or is cut short', () => {
    expect(readZipEntry(utf8('plain text renamed to .docx\n'.repeat(100)), 'word/styles.xml', 1024)).toBeNull();
    expect(() => readZipEntry(new Uint8Array(0), 'word/styles.xml', 1024)).toThrow(ZipFormatError);
    const big = writeZip([['word/styles.xml', new Uint8Array(Buffer.from('<w:style/>'.repeat(400)))]], new Date(0));
    expect(() => readZipEntry(big.subarray(0, 60), 'word/styles.xml', 1 << 20)).toThrow();
  });
});
