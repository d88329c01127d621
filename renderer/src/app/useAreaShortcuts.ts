import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { AREAS } from './areas';

/**
 * Alt+1…7 jump to the areas in navigation order, and focus moves to the new screen's title so a
 * keyboard user continues from there. `code` (the physical key), not `key`: on macOS Alt+1 types
 * "¡", and other layouts differ too.
 */
export function useAreaShortcuts(): void {
  const navigate = useNavigate();
  const location = useLocation();
  const focusTitle = useRef(false);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const match = /^Digit([1-9])$/.exec(e.code);
      const area = match ? AREAS[Number(match[1]) - 1] : undefined;
      if (!area) return;
      e.preventDefault();
      focusTitle.current = true;
      void navigate(area.path);
      // Same area again: no location change, so focus now.
      if (window.location.pathname === area.path) document.getElementById('page-title')?.focus();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);

  useEffect(() => {
    if (!focusTitle.current) return;
    focusTitle.current = false;
    document.getElementById('page-title')?.focus();
  }, [location.pathname]);
}
