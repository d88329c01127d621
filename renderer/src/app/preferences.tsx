import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from '@shared/i18n/lang';
import { isDesktop, setCallContext, shellCall } from '../api';

/**
 * The person at the keyboard's choice of UI language. Per machine, not per workspace, so it lives
 * in localStorage, not in the database. (Who acts is the session's, not a preference.)
 */
const LANG_KEY = 'workbench.lang';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private windows may refuse storage; the choice then lasts until the tab closes.
  }
}

export function storedLang(): Lang {
  const value = read(LANG_KEY);
  return isLang(value) ? value : DEFAULT_LANG;
}

interface Preferences {
  lang: Lang;
  setLang(lang: Lang): void;
}

const PreferencesContext = createContext<Preferences | null>(null);

export function PreferencesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [lang, setLangState] = useState<Lang>(storedLang);

  // The call context is set during render, not in an effect: a child's query may fire in the same
  // commit and must already carry the right language.
  setCallContext({ lang });

  useEffect(() => {
    document.documentElement.lang = lang;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [lang, i18n]);

  // The desktop window's menu and native dialogs follow the page's language (the call carries it).
  // Nothing on screen waits for it, and a failure leaves only the menu in the previous language.
  useEffect(() => {
    if (isDesktop()) shellCall('shell.useLanguage', {}).catch(() => undefined);
  }, [lang]);

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

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesProvider');
  return value;
}
