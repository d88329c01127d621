import { appendFileSync } from 'node:fs';

export interface Logger {
  error(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
}

function line(level: string, message: string, detail: unknown): string {
  const d =
    detail instanceof Error
      ? { name: detail.name, message: detail.message, stack: detail.stack }
      : detail === undefined
        ? undefined
        : detail;
  return `${JSON.stringify({ at: new Date().toISOString(), level, message, detail: d })}\n`;
}

/** JSON lines to a file when one is given (the app's log folder), else to stderr. */
export function createLogger(file?: string): Logger {
  const write = (s: string) => (file ? appendFileSync(file, s) : process.stderr.write(s));
  return {
    error: (m, d) => write(line('error', m, d)),
    info: (m, d) => write(line('info', m, d)),
  };
}

/** For tests: keeps what was logged, so a test can assert that an internal error was recorded. */
export function createMemoryLogger(): Logger & { entries: { level: string; message: string; detail: unknown }[] } {
  const entries: { level: string; message: string; detail: unknown }[] = [];
  return {
    entries,
    error: (message, detail) => entries.push({ level: 'error', message, detail }),
    info: (message, detail) => entries.push({ level: 'info', message, detail }),
  };
}
