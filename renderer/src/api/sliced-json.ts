import { reachable, type PiecedBody, type Template } from './pieced-json';

/**
 * JSON of a large, immutably updated value (an editor's working state), sent off the typing path
 * (issue 18). Every object inside an array (a quote's sections and lines, a proposal's blocks) is
 * a piece: written once per identity, as a template of text and references to its own pieces, and
 * sent to the posting worker once per stream. An autosave after one keystroke in a 10,000-line
 * quote sends the changed line, its section's template and the root — not megabytes: copying the
 * whole text to the worker was itself a 60–120 ms task. The worker (pieced-json.ts) puts the text
 * together. The walk yields to the event loop every SLICE_MS, so no long task blocks input.
 * The text equals JSON.stringify for plain JSON data (objects, arrays, strings, finite numbers,
 * booleans, null; undefined properties left out).
 *
 * The editors never mutate their state in place (undo/redo and the per-line figure cache rely on
 * that too), which is what makes a piece valid for as long as its object lives.
 */
const SLICE_MS = 8;

interface Piece {
  id: number;
  template: Template;
  children: Piece[];
}

const pieces = new WeakMap<object, Piece>();
let nextId = 0;

/** Per stream: the pieces its receiver holds (by id), and how many the last body reached. */
const streams = new Map<string, { held: Map<number, Piece>; reached: number }>();

/** Yield to the event loop: input and paint go first. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';

/** Appends text to a template, joining it to the text before it. */
function text(template: Template, s: string): void {
  const last = template.length - 1;
  if (last >= 0 && typeof template[last] === 'string') template[last] += s;
  else template.push(s);
}

/** The value as a template of text and pieces (new pieces written, known ones reused). */
async function templateOf(value: unknown): Promise<{ root: Template; pieces: Piece[] }> {
  let sliceStart = performance.now();
  const used: Piece[] = [];

  async function piece(v: object): Promise<Piece> {
    const hit = pieces.get(v);
    if (hit !== undefined) return hit;
    const children: Piece[] = [];
    const template: Template = [];
    await write(v, template, children);
    const made = { id: ++nextId, template, children };
    pieces.set(v, made);
    return made;
  }

  async function write(v: object, into: Template, children: Piece[]): Promise<void> {
    if (Array.isArray(v)) {
      text(into, '[');
      let first = true;
      for (const item of v as unknown[]) {
        if (!first) text(into, ',');
        first = false;
        if (isObject(item)) {
          const p = await piece(item);
          children.push(p);
          into.push(p.id);
        } else text(into, JSON.stringify(item) ?? 'null');
        if (performance.now() - sliceStart >= SLICE_MS) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
      text(into, ']');
      return;
    }
    text(into, '{');
    let first = true;
    for (const [key, field] of Object.entries(v)) {
      if (field === undefined || typeof field === 'function') continue;
      text(into, `${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (isObject(field)) await write(field, into, children);
      else text(into, JSON.stringify(field));
    }
    text(into, '}');
  }

  const root: Template = [];
  if (isObject(value)) await write(value, root, used);
  else root.push(JSON.stringify(value) ?? 'null');
  return { root, pieces: used };
}

/**
 * The value's JSON for `stream`'s receiver: the root and the pieces it has not got. What the
 * receiver holds is recorded here when the body is made, so bodies must reach it in the order made
 * (one worker, messages in order).
 */
export async function piecedJson(value: unknown, stream: string): Promise<PiecedBody> {
  const { root, pieces: top } = await templateOf(value);
  // From here on synchronous: two bodies of one stream cannot interleave their records.
  let state = streams.get(stream);
  if (!state) streams.set(stream, (state = { held: new Map(), reached: 0 }));
  const { held } = state;
  const added: PiecedBody['added'] = [];
  const send = (p: Piece) => {
    if (held.has(p.id)) return;
    for (const child of p.children) send(child);
    held.set(p.id, p);
    added.push([p.id, p.template]);
  };
  for (const p of top) send(p);
  // Edits leave pieces behind; forget them once they outnumber the live ones by half.
  const prune = held.size > state.reached * 1.5 + 64;
  if (prune) {
    const keep = reachable(root, (id) => (held.get(id)?.children ?? []).map((c) => c.id));
    for (const id of held.keys()) if (!keep.has(id)) held.delete(id);
    state.reached = keep.size;
  } else if (state.reached === 0) state.reached = held.size;
  return { stream, root, added, prune };
}

/** The receiver of `stream` was lost (a new worker): it holds nothing. */
export function forgetStream(stream: string): void {
  streams.delete(stream);
}
