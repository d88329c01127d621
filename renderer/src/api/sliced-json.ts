/**
 * JSON of a large, immutably updated value (an editor's working state), written off the typing
 * path: every object inside an array (a quote's sections and lines, a proposal's blocks) is
 * serialized once per identity and reused while it is unchanged, and the walk yields to the event
 * loop every SLICE_MS, so a 10,000-line quote never blocks input for one long task (issue 18: the
 * autosave was a 120–135 ms task). Equal to JSON.stringify for plain JSON data (objects, arrays,
 * strings, finite numbers, booleans, null; undefined properties left out).
 *
 * The editors never mutate their state in place (undo/redo and the per-line figure cache rely on
 * that too), which is what makes a cached string valid for as long as its object lives.
 */
const SLICE_MS = 8;

const cache = new WeakMap<object, string>();

/** Yield to the event loop: input and paint go first. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';

export async function slicedJson(value: unknown): Promise<string> {
  let sliceStart = performance.now();

  async function write(v: object, cacheable: boolean): Promise<string> {
    if (cacheable) {
      const hit = cache.get(v);
      if (hit !== undefined) return hit;
    }
    let out: string;
    if (Array.isArray(v)) {
      const items: string[] = [];
      for (const item of v as unknown[]) {
        items.push(isObject(item) ? (cache.get(item) ?? (await write(item, true))) : (JSON.stringify(item) ?? 'null'));
        if (performance.now() - sliceStart >= SLICE_MS) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
      out = `[${items.join(',')}]`;
    } else {
      const fields: string[] = [];
      for (const [key, field] of Object.entries(v)) {
        if (field === undefined || typeof field === 'function') continue;
        fields.push(`${JSON.stringify(key)}:${isObject(field) ? await write(field, false) : JSON.stringify(field)}`);
      }
      out = `{${fields.join(',')}}`;
    }
    if (cacheable) cache.set(v, out);
    return out;
  }

  return isObject(value) ? write(value, false) : (JSON.stringify(value) ?? 'null');
}
