import type { EditorLine, EditorQuote, EditorSection } from '@shared/contract';
import { newKey } from './model';

/**
 * Pure, immutable edits of the editor state. Untouched sections and lines keep their identity, so
 * memoized rows and the per-line conversion cache only redo what changed.
 */

function withSection(q: EditorQuote, s: number, change: (section: EditorSection) => EditorSection): EditorQuote {
  const section = q.sections[s];
  if (!section) return q;
  const sections = q.sections.slice();
  sections[s] = change(section);
  return { ...q, sections };
}

function withLines(q: EditorQuote, s: number, change: (lines: EditorLine[]) => EditorLine[]): EditorQuote {
  return withSection(q, s, (section) => ({ ...section, lines: change(section.lines.slice()) }));
}

export function updateQuote(q: EditorQuote, patch: Partial<Omit<EditorQuote, 'sections'>>): EditorQuote {
  return { ...q, ...patch };
}

export function updateSection(q: EditorQuote, s: number, patch: Partial<EditorSection>): EditorQuote {
  return withSection(q, s, (section) => ({ ...section, ...patch }));
}

export function updateLine(q: EditorQuote, s: number, l: number, patch: Partial<EditorLine>): EditorQuote {
  return withLines(q, s, (lines) => {
    const line = lines[l];
    if (line) lines[l] = { ...line, ...patch };
    return lines;
  });
}

export function insertLines(q: EditorQuote, s: number, at: number, added: EditorLine[]): EditorQuote {
  return withLines(q, s, (lines) => {
    lines.splice(at, 0, ...added);
    return lines;
  });
}

export function removeLine(q: EditorQuote, s: number, l: number): EditorQuote {
  return withLines(q, s, (lines) => {
    lines.splice(l, 1);
    return lines;
  });
}

export function copyLine(line: EditorLine): EditorLine {
  return { ...line, key: newKey('l') };
}

/** Alt+↑/↓: within the section; past its edge, into the neighbouring section. */
export function moveLine(q: EditorQuote, s: number, l: number, delta: -1 | 1): EditorQuote {
  const section = q.sections[s];
  const line = section?.lines[l];
  if (!section || !line) return q;
  const target = l + delta;
  if (target >= 0 && target < section.lines.length) {
    return withLines(q, s, (lines) => {
      lines[l] = lines[target]!;
      lines[target] = line;
      return lines;
    });
  }
  const next = s + delta;
  if (next < 0 || next >= q.sections.length) return q;
  const removed = removeLine(q, s, l);
  return insertLines(removed, next, delta < 0 ? q.sections[next]!.lines.length : 0, [line]);
}

export function removeSection(q: EditorQuote, s: number): EditorQuote {
  return { ...q, sections: q.sections.filter((_, i) => i !== s) };
}

export function moveSection(q: EditorQuote, s: number, delta: -1 | 1): EditorQuote {
  const target = s + delta;
  if (target < 0 || target >= q.sections.length) return q;
  const sections = q.sections.slice();
  [sections[s], sections[target]] = [sections[target]!, sections[s]!];
  return { ...q, sections };
}

/** A copy with fresh keys. Made outside the state update: keys are random, updates must be pure. */
export function copyOfSection(section: EditorSection, suffix: string): EditorSection {
  return { ...section, key: newKey('s'), title: `${section.title}${suffix}`, lines: section.lines.map(copyLine) };
}

export function insertSection(q: EditorQuote, at: number, section: EditorSection): EditorQuote {
  const sections = q.sections.slice();
  sections.splice(at, 0, section);
  return { ...q, sections };
}

/** Where a line is now (lines move): section and line index, or null. */
export function locateLine(q: EditorQuote, key: string): [number, number] | null {
  for (let s = 0; s < q.sections.length; s++) {
    const l = q.sections[s]!.lines.findIndex((line) => line.key === key);
    if (l >= 0) return [s, l];
  }
  return null;
}
