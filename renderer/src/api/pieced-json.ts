/**
 * The receiving side of piecedJson (sliced-json.ts), run in the posting worker: it holds the
 * pieces a stream has sent, puts a body together from them, and forgets the pieces the latest body
 * no longer reaches when the sender says so — the sender prunes its own record the same way, from
 * the same graph, so both always agree on what is held. No DOM: the worker and the tests load it.
 */

/** JSON text in order: strings as they are, numbers the id of another piece. */
export type Template = (string | number)[];

export interface PiecedBody {
  /** Whose pieces these are (one editor's autosave): each stream has its own store. */
  stream: string;
  root: Template;
  /** Pieces the receiver has not got yet, children before their parents. */
  added: [id: number, template: Template][];
  /** Forget the pieces the root no longer reaches, after this body. */
  prune: boolean;
}

export type PieceStore = Map<number, Template>;

/** Ids reached from `root` through `children`. */
export function reachable(root: Template, children: (id: number) => Iterable<number>): Set<number> {
  const seen = new Set<number>();
  const stack: number[] = [];
  for (const part of root) if (typeof part === 'number') stack.push(part);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const child of children(id)) if (!seen.has(child)) stack.push(child);
  }
  return seen;
}

function* childIds(template: Template | undefined): Iterable<number> {
  if (template) for (const part of template) if (typeof part === 'number') yield part;
}

/** Adds the body's pieces to `store`, returns its JSON text, prunes when asked. */
export function receive(store: PieceStore, body: PiecedBody): string {
  for (const [id, template] of body.added) store.set(id, template);
  const out: string[] = [];
  const write = (template: Template) => {
    for (const part of template) {
      if (typeof part === 'string') out.push(part);
      else {
        const piece = store.get(part);
        if (piece === undefined) throw new Error(`piece ${part} of stream ${body.stream} is missing`);
        write(piece);
      }
    }
  };
  write(body.root);
  if (body.prune) {
    const keep = reachable(body.root, (id) => childIds(store.get(id)));
    for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  }
  return out.join('');
}
