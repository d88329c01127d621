import { describe, expect, it } from 'vitest';

// The renderer's modules, loaded by URL (the node project does not type-check the renderer's files).
type Template = (string | number)[];
interface PiecedBody {
  stream: string;
  root: Template;
  added: [number, Template][];
  prune: boolean;
}
const { piecedJson, forgetStream } = (await import(
  new URL('../../renderer/src/api/sliced-json.ts', import.meta.url).href
)) as { piecedJson(value: unknown, stream: string): Promise<PiecedBody>; forgetStream(stream: string): void };
const { receive } = (await import(new URL('../../renderer/src/api/pieced-json.ts', import.meta.url).href)) as {
  receive(store: Map<number, Template>, body: PiecedBody): string;
};

const line = (i: number) => ({
  key: `l${i}`,
  kind: 'labor',
  qty: String(i),
  note: i % 3 ? undefined : '“引号” \\ "q"\n',
  meta: { id: null, n: i / 7 },
});

/** What the posting worker does: one store per stream, bodies in the order made. */
function receiver() {
  const stores = new Map<string, Map<number, Template>>();
  return (body: PiecedBody) => {
    let store = stores.get(body.stream);
    if (!store) stores.set(body.stream, (store = new Map()));
    return { text: receive(store, body), held: store.size };
  };
}

const size = (body: PiecedBody) => JSON.stringify(body).length;

describe('piecedJson: the autosave body written in slices and sent in pieces', () => {
  it('puts together to JSON.stringify, undefined fields left out, escapes kept', async () => {
    const worker = receiver();
    const state = {
      title: '报价 "A"',
      empty: [],
      sections: [{ title: 's', lines: Array.from({ length: 300 }, (_, i) => line(i)) }],
      n: null,
      b: true,
    };
    expect(worker(await piecedJson(state, 'a')).text).toBe(JSON.stringify(state));
    expect(worker(await piecedJson([1, 'x', null, [2, { y: 3 }]], 'b')).text).toBe(
      JSON.stringify([1, 'x', null, [2, { y: 3 }]]),
    );
    expect(worker(await piecedJson('s', 'c')).text).toBe('"s"');
  });

  it('after an edit sends only the changed line and the templates above it', async () => {
    const worker = receiver();
    const lines = Array.from({ length: 2000 }, (_, i) => line(i));
    const first = {
      sections: [
        { title: 's', lines: lines.slice(0, 1000) },
        { title: 't', lines: lines.slice(1000) },
      ],
    };
    const firstBody = await piecedJson(first, 'edit');
    expect(worker(firstBody).text).toBe(JSON.stringify(first));
    const changed = { ...lines[1234]!, qty: '99' };
    const edited = {
      sections: [first.sections[0]!, { title: 't', lines: lines.slice(1000).map((l, i) => (i === 234 ? changed : l)) }],
    };
    const body = await piecedJson(edited, 'edit');
    // The new line and its section's template; the other section is referenced, not resent.
    expect(body.added.map(([, t]) => t.filter((p) => typeof p === 'string').join(''))).toEqual([
      JSON.stringify(changed),
      '{"title":"t","lines":[' + ','.repeat(999) + ']}',
    ]);
    expect(size(body)).toBeLessThan(size(firstBody) / 5);
    const json = worker(body).text;
    expect(json).toBe(JSON.stringify(edited));
    expect(JSON.parse(json).sections[1].lines[234].qty).toBe('99');
  });

  it('both sides forget the same pieces: hundreds of edits, the text always right, the store bounded', async () => {
    const worker = receiver();
    let lines = Array.from({ length: 200 }, (_, i) => line(i));
    let held = 0;
    let pruned = false;
    for (let edit = 0; edit < 400; edit++) {
      const at = (edit * 37) % lines.length;
      lines = lines.slice();
      if (edit % 50 === 7) lines.splice(at, 1);
      else if (edit % 50 === 8) lines.splice(at, 0, line(1000 + edit), lines[at]!);
      else lines[at] = { ...lines[at]!, qty: String(edit) };
      const state = { title: 'q', sections: [{ title: 's', lines }] };
      const body = await piecedJson(state, 'long');
      pruned ||= body.prune;
      const got = worker(body);
      expect(got.text).toBe(JSON.stringify(state));
      held = got.held;
    }
    expect(pruned).toBe(true);
    expect(held).toBeLessThan(lines.length * 1.5 + 70);
  });

  it('a forgotten stream sends every piece again', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => line(i));
    const state = { sections: [{ title: 's', lines }] };
    await piecedJson(state, 'lost');
    expect((await piecedJson(state, 'lost')).added).toEqual([]);
    forgetStream('lost');
    const again = await piecedJson(state, 'lost');
    expect(receive(new Map(), again)).toBe(JSON.stringify(state));
  });
});
