import 'react';

declare module 'react' {
  // Merging with React's own declaration needs its type parameter, by the same name.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    /**
     * The Element Timing API's marker (Chromium): the browser records when this element's text
     * was first painted. Home's company name carries it, so the renderer and cold-start benchmarks
     * time the paint itself, as they time their floor page's heading, not when a poll noticed it.
     */
    elementtiming?: string;
  }
}
