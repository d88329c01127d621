import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from '@shared/i18n/lang';
import { setCallContext } from '../api';

/**
 * The person at the keyboard's choices: UI language and which workspace user they act as. Both
 * are per machine, not per workspace, so they live in localStorage, not in the database.
 */
const LANG_KEY = 'workbench.lang';
const USER_KEY = 'workbench.userId';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Private windows may refuse storage; the choice then lasts until the tab closes.
  }
}

export function storedLang(): Lang {
  const value = read(LANG_KEY);
  return isLang(value) ? value : DEFAULT_LANG;
}
function storedUserId(): number | undefined {
  const value = Number(read(USER_KEY));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

interface Preferences {
  lang: Lang;
  setLang(lang: Lang): void;
  userId: number | undefined;
  setUserId(id: number | undefined): void;
}

const PreferencesContext = createContext<Preferences | null>(null);

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [lang, setLangState] = useState<Lang>(storedLang);
  const [userId, setUserIdState] = useState<number | undefined>(storedUserId);

  // The call context is set during render, not in an effect: a child's query may fire in the same
  // commit and must already carry the right user and language.
  setCallContext({ lang, userId });

  useEffect(() => {
    document.documentElement.lang = lang;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [lang, i18n]);

  const setLang = useCallback(
    (next: Lang) => {
      write(LANG_KEY, next);
      setCallContext({ lang: next });
      // The catalogues are bundled, so this switches at once, in the same render as the state.
      void i18n.changeLanguage(next);
      setLangState(next);
    },
    [i18n],
  );
  const setUserId = useCallback((next: number | undefined) => {
    write(USER_KEY, next === undefined ? null : String(next));
    setCallContext({ userId: next });
    setUserIdState(next);
  }, []);

  const value = useMemo(() => ({ lang, setLang, userId, setUserId }), [lang, setLang, userId, setUserId]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesProvider');
  return value;
}
