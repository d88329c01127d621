import { receive, type PiecedBody, type PieceStore } from './pieced-json';

/**
 * Posts a request body that is already JSON, off the page's thread: handing a string of
 * megabytes to fetch encodes and copies it where the call is made — 100 ms of a 10,000-line
 * quote's autosave on the page's own thread (issue 18), and so did copying the string to this
 * worker (60–120 ms). The page sends only the pieces this worker does not hold yet
 * (sliced-json.ts); the text is put together here, and the reply's text goes back.
 */
interface PostRequest {
  id: number;
  url: string;
  headers: Record<string, string>;
  body: PiecedBody;
}

const stores = new Map<string, PieceStore>();

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PostRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, url, headers, body: pieced } = event.data;
  let store = stores.get(pieced.stream);
  if (!store) stores.set(pieced.stream, (store = new Map()));
  let body: string;
  try {
    body = receive(store, pieced);
  } catch {
    // The page forgets what this stream held on a null reply and sends every piece next time.
    stores.delete(pieced.stream);
    scope.postMessage({ id, text: null });
    return;
  }
  fetch(url, { method: 'POST', headers, body, credentials: 'same-origin', cache: 'no-store' })
    .then((response) => response.text())
    .then(
      (text) => scope.postMessage({ id, text }),
      // The store stays right; the page resending every piece next time only overwrites them.
      () => scope.postMessage({ id, text: null }),
    );
};
