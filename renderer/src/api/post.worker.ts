/**
 * Posts a request body that is already JSON, off the page's thread: handing a string of
 * megabytes to fetch encodes and copies it where the call is made — 100 ms of a 10,000-line
 * quote's autosave on the page's own thread (issue 18). Here the page only passes the string
 * (a copy) and gets the reply's text back.
 */
interface PostRequest {
  id: number;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PostRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, url, headers, body } = event.data;
  fetch(url, { method: 'POST', headers, body, credentials: 'same-origin', cache: 'no-store' })
    .then((response) => response.text())
    .then(
      (text) => scope.postMessage({ id, text }),
      () => scope.postMessage({ id, text: null }),
    );
};
