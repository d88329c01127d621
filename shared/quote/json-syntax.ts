/**
 * Where a JSON text first breaks the grammar. JSON.parse says whether a text is valid, but the
 * position is in its message only sometimes ("Unexpected token 'x', "…" is not valid JSON" has
 * none) and the wording is the engine's; this scanner gives a position every time. It runs only
 * after JSON.parse has refused, and keeps its own stack so that deep nesting cannot overflow ours.
 */

const OBJECT = 1;
const ARRAY = 2;

/** Offset (UTF-16 units) of the first character that makes `text` invalid JSON; -1 if it is valid. */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;

  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return;
      i++;
    }
  };
  const isDigit = (at: number): boolean => {
    const c = text.charCodeAt(at);
    return c >= 48 && c <= 57;
  };
  const digits = (): boolean => {
    if (!isDigit(i)) return false;
    while (i < n && isDigit(i)) i++;
    return true;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return false;
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!digits()) return false;
    if (text[i] === '.') {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) return false;
    }
    return true;
  };
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };
  /** A string, number or literal starting at i. */
  const scalar = (c: string | undefined): boolean => {
    switch (c) {
      case '"':
        return string();
      case 't':
        return literal('true');
      case 'f':
        return literal('false');
      case 'n':
        return literal('null');
      default:
        return c === '-' || isDigit(i) ? number() : false;
    }
  };
  /** A member's `"key" :`, leaving i after the colon. */
  const key = (): boolean => {
    skipSpace();
    if (text[i] !== '"' || !string()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      if (i >= n) return i;
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          expectValue = false;
        } else {
          stack.push(c === '{' ? OBJECT : ARRAY);
          if (c === '{' && !key()) return i;
        }
        continue;
      }
      const ok = scalar(c);
      if (!ok) return i;
      expectValue = false;
      continue;
    }
    const container = stack[stack.length - 1];
    if (container === undefined) return i < n ? i : -1;
    if (i >= n) return i;
    const c = text[i];
    if (c === ',') {
      i++;
      if (container === OBJECT && !key()) return i;
      expectValue = true;
    } else if ((container === OBJECT && c === '}') || (container === ARRAY && c === ']')) {
      i++;
      stack.pop();
    } else return i;
  }
}

/** 1-based line and column of an offset, as an editor shows them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
