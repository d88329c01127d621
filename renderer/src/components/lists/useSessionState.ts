import { useEffect, useState } from 'react';
import type * as z from 'zod';

/**
 * State kept for this window's session (sessionStorage): a list's filters survive opening a row
 * and coming back, and a new window starts clean. Read back through a schema: whatever is stored
 * there came from outside this render and may be from an older build.
 */
export function useSessionState<T>(key: string, schema: z.ZodType<T>, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = window.sessionStorage.getItem(key);
      const parsed = raw === null ? null : schema.safeParse(JSON.parse(raw));
      return parsed?.success ? parsed.data : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or refused: the filters still work, they are only not remembered.
    }
  }, [key, value]);
  return [value, setValue];
}
