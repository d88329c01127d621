import { zipSync, type Zippable } from 'fflate';

/**
 * A zip for packages whose bytes must not depend on the clock (fflate's zipSync): every entry
 * carries the given instant, entries keep the given order, deflate settings are fixed.
 */
export function writeZip(files: [name: string, data: Uint8Array][], at: Date): Uint8Array {
  const entries: Zippable = {};
  for (const [name, data] of files) {
    // An integer-like name would be reordered by the object; no package part is named so.
    if (/^\d+$/.test(name)) throw new Error(`zip entry name ${name} would lose its place`);
    entries[name] = data;
  }
  return zipSync(entries, { level: 6, mtime: dosClock(at) });
}

/**
 * fflate writes an entry's MS-DOS date and time from the local clock fields of `mtime`; the
 * package's must be the instant's UTC fields on every machine (a re-export in another time zone
 * gives the same bytes), so this is the local Date that shows them. In a daylight-saving gap hour
 * (a local time that does not exist) it reads an hour later — the only case where a machine's
 * zone shows in the bytes.
 */
function dosClock(at: Date): Date {
  return new Date(
    // MS-DOS dates run 1980–2099 as fflate writes them; it refuses others.
    Math.min(Math.max(at.getUTCFullYear(), 1980), 2099),
    at.getUTCMonth(),
    at.getUTCDate(),
    at.getUTCHours(),
    at.getUTCMinutes(),
    at.getUTCSeconds(),
  );
}
