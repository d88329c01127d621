/**
 * Characters XML 1.0 cannot hold, raw or as a character reference: C0 controls other than tab,
 * line feed and carriage return, the non-characters U+FFFE/U+FFFF, and lone surrogates. One of
 * them in a title (U+000B is what Word's Shift+Enter pastes) made every .docx of it malformed
 * (issue 14). Cleaned at every text boundary of the contract, and again by the packer.
 */
/* eslint-disable no-control-regex -- these control characters are exactly what is matched */
const LINE_BREAKS = /[\u000B\u000C]/g;
const INVALID =
  /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** Vertical tab and form feed (Word's line and page breaks) become a line break; the rest go. */
export function cleanText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(INVALID, '');
}
