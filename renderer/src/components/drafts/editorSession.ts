const SESSION_KEY = 'workbench.editorSession';

/** This tab's editor session: survives a reload of the tab, differs between tabs and windows. */
export function editorSessionId(): string {
  try {
    const existing = window.sessionStorage.getItem(SESSION_KEY);
    if (existing) return existing;
    const id = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    window.sessionStorage.setItem(SESSION_KEY, id);
    return id;
  } catch {
    return `t${Date.now().toString(36)}`;
  }
}
