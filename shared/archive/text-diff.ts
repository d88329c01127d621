import { diffArrays } from 'diff';
import * as z from 'zod';

/** A piece of a text diff: unchanged, only in the newer text, or only in the older one. */
export const diffPartSchema = z.object({
  text: z.string(),
  change: z.enum(['same', 'added', 'removed']),
});
export type DiffPart = z.infer<typeof diffPartSchema>;

// Han, kana and hangul have no spaces between words: each character is its own token, so an edit
// of one character in 品牌发布会 shows as that character, not as the whole run replaced.
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const TOKEN = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}_])+|\\s+|[^]`, 'gu');

/** Text → diff tokens: CJK characters one by one, Latin words whole, spaces and punctuation apart. */
export function diffTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Word diff for Latin text and character diff for Chinese in one pass (jsdiff's Myers diff over
 * the tokens above). Adjacent pieces of the same kind are merged, so the UI marks whole runs.
 */
export function diffText(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const c of diffArrays(diffTokens(before), diffTokens(after))) {
    const change = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const text = c.value.join('');
    if (!text) continue;
    const last = parts.at(-1);
    if (last && last.change === change) last.text += text;
    else parts.push({ text, change });
  }
  return parts;
}

export const hasChanges = (parts: readonly DiffPart[]) => parts.some((p) => p.change !== 'same');
