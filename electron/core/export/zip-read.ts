import { Unzip, UnzipInflate } from 'fflate';

/**
 * Reads chosen entries of an untrusted zip (an uploaded .docx template) with fflate's streaming
 * unzip, refusing what could hurt:
 * - more entries than ZIP_MAX_ENTRIES (a zip64 directory can claim billions);
 * - a path name no Office package holds (absolute, `..`, a backslash, a drive, a control character);
 * - an entry that says, or turns out, to be larger than `maxSize`: the zip is fed in small slices so
 *   inflating stops within one slice of the cap — fflate's one-shot inflate would run through the
 *   whole bomb (gigabytes) even into a fixed buffer;
 * - an entry that inflates to another size than its header gives.
 */
export class ZipFormatError extends Error {}

/** Word writes tens of parts, a few hundred with many images; thousands is not a document. */
export const ZIP_MAX_ENTRIES = 5000;
/** Compressed bytes per push: deflate expands at most ~1032×, so one slice inflates to ≤ ~16 MB. */
const SLICE = 16 * 1024;

// eslint-disable-next-line no-control-regex -- exactly the characters no part name holds
const UNSAFE_NAME = /(^[/\\])|\\|(^|\/)\.\.(\/|$)|^[A-Za-z]:|[\u0000-\u001f]/;

export function isSafeEntryName(name: string): boolean {
  return name.length > 0 && !UNSAFE_NAME.test(name);
}

/**
 * The entries of `zip` that `wanted` picks, each inflated and at most `maxSize` bytes; entries not
 * picked are skipped without inflating. Throws ZipFormatError (or fflate's error on bad data).
 */
export function readZipEntries(
  zip: Uint8Array,
  wanted: (name: string) => boolean,
  maxSize: number,
): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let entries = 0;
  const unzip = new Unzip((file) => {
    if (++entries > ZIP_MAX_ENTRIES) throw new ZipFormatError(`more than ${ZIP_MAX_ENTRIES} entries`);
    if (!isSafeEntryName(file.name)) throw new ZipFormatError(`unsafe entry name ${JSON.stringify(file.name)}`);
    if (!wanted(file.name)) return;
    const declared = file.originalSize; // absent when the sizes follow the data (a data descriptor)
    if (declared !== undefined && declared > maxSize) throw new ZipFormatError(`${file.name} is too large`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      size += chunk.byteLength;
      if (size > maxSize || (declared !== undefined && size > declared))
        throw new ZipFormatError(`${file.name} inflates past its size`);
      chunks.push(chunk);
      if (!final) return;
      if (declared !== undefined && size !== declared)
        throw new ZipFormatError(`${file.name} is not the size the zip gives it`);
      out.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  if (zip.byteLength === 0) throw new ZipFormatError('not a zip');
  for (let at = 0; at < zip.byteLength; at += SLICE)
    unzip.push(zip.subarray(at, at + SLICE), at + SLICE >= zip.byteLength);
  return out;
}

/** One entry by its exact name, or null when the zip has none. */
export function readZipEntry(zip: Uint8Array, name: string, maxSize: number): Uint8Array | null {
  return readZipEntries(zip, (n) => n === name, maxSize).get(name) ?? null;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}
