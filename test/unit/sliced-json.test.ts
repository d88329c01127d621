import { describe, expect, it } from 'vitest';

// The renderer's module, loaded by URL (the node project does not type-check the renderer's files).
const { slicedJson } = (await import(new URL('../../renderer/src/api/sliced-json.ts', import.meta.url).href)) as {
  slicedJson(value: unknown): Promise<string>;
};

const line = (i: number) => ({
  key: `l${i}`,
  kind: 'labor',
  qty: String(i),
  note: i % 3 ? undefined : '“引号” \\ "q"\n',
  meta: { id: null, n: i / 7 },
});

describe('slicedJson: the autosave body written in slices', () => {
  it('equals JSON.stringify, undefined fields left out, escapes kept', async () => {
    const state = {
      title: '报价 "A"',
      empty: [],
      sections: [{ title: 's', lines: Array.from({ length: 300 }, (_, i) => line(i)) }],
      n: null,
      b: true,
    };
    expect(await slicedJson(state)).toBe(JSON.stringify(state));
    expect(await slicedJson([1, 'x', null])).toBe(JSON.stringify([1, 'x', null]));
    expect(await slicedJson('s')).toBe('"s"');
  });

  it('reuses an unchanged line and writes a changed one anew (immutable updates)', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => line(i));
    const first = { sections: [{ title: 's', lines }] };
    expect(await slicedJson(first)).toBe(JSON.stringify(first));
    const edited = { sections: [{ title: 's', lines: lines.map((l, i) => (i === 1234 ? { ...l, qty: '99' } : l)) }] };
    const json = await slicedJson(edited);
    expect(json).toBe(JSON.stringify(edited));
    expect(JSON.parse(json).sections[0].lines[1234].qty).toBe('99');
  });
});
