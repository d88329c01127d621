import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingState } from './LoadingState';

/**
 * A screen or panel loaded on first use: its code (and what only it uses — recharts, TipTap) is
 * its own chunk, so the first paint of Home downloads and parses only Home. The loading state
 * shows in its place while the chunk arrives; what is around it stays.
 */
export function lazyScreen<M extends Record<string, unknown>, P extends object = object>(
  load: () => Promise<M>,
  name: keyof M & string,
): ComponentType<P> {
  const Screen = lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
  function LazyScreen(props: P) {
    return (
      <Suspense fallback={<LoadingState />}>
        <Screen {...props} />
      </Suspense>
    );
  }
  LazyScreen.displayName = `Lazy(${name})`;
  return LazyScreen;
}
