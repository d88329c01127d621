import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingState } from './LoadingState';

/**
 * A screen loaded on first visit: each route's code (and what only it uses — recharts, TipTap)
 * is its own chunk, so the first paint of Home downloads and parses only Home. The loading state
 * shows in the page's place while the chunk arrives; the shell around it stays.
 */
export function lazyScreen<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M & string,
): ComponentType {
  const Screen = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  function LazyScreen() {
    return (
      <Suspense fallback={<LoadingState />}>
        <Screen />
      </Suspense>
    );
  }
  LazyScreen.displayName = `Lazy(${name})`;
  return LazyScreen;
}
