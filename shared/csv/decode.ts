/**
 * The text of a CSV file as it was saved: UTF-8 (with or without a BOM), or — what Excel and WPS
 * write on a Chinese Windows ("CSV (逗号分隔)") — GB18030, of which GBK is a subset. Bytes that are
 * neither are refused with a message, never turned into "����" and imported.
 */
export type DecodedCsv = { ok: true; text: string; encoding: 'utf-8' | 'gb18030' } | { ok: false };

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: try the Chinese legacy encoding.
  }
  try {
    return { ok: true, text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    return { ok: false };
  }
}

/** U+FFFD: what a lenient UTF-8 decoder leaves where the bytes were another encoding. */
export const REPLACEMENT_CHARACTER = '\uFFFD';
