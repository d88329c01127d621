/**
 * The native menu as data, worded in the app's language (the catalogue's menu section): the OS's
 * until the window says which it shows (see app-language.ts). Only a type is taken from `electron`
 * (erased at build), so the template can be checked without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { sharedCatalogs } from '@shared/i18n/catalog';
import type { Lang } from '@shared/i18n/lang';

/** `zh`, `zh-CN`, `zh-Hans-CN`, `zh_TW`… all read Chinese characters; everyone else gets English. */
export function menuLang(locale: string): Lang {
  return /^zh\b/i.test(locale.replace('_', '-')) ? 'zh-CN' : 'en';
}

export interface MenuOptions {
  lang: Lang;
  dev: boolean;
  platform: NodeJS.Platform;
  appName: string;
  onAbout: () => void;
}

export function menuTemplate({ lang, dev, platform, appName, onAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const t = sharedCatalogs[lang].menu;
  const mac = platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: t.reload, accelerator: 'CmdOrCtrl+R' },
    // Only while developing: see windowOptions (devTools is off in a shipped window anyway).
    ...(dev
      ? [{ role: 'toggleDevTools', label: t.devTools, accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' } as const]
      : []),
    sep,
    { role: 'resetZoom', label: t.resetZoom, accelerator: 'CmdOrCtrl+0' },
    { role: 'zoomIn', label: t.zoomIn, accelerator: 'CmdOrCtrl+=' },
    { role: 'zoomOut', label: t.zoomOut, accelerator: 'CmdOrCtrl+-' },
    sep,
    { role: 'togglefullscreen', label: t.fullScreen, accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
  ];
  return [
    // macOS shows the first menu under the app's name whatever it is called.
    ...(mac
      ? [
          {
            label: appName,
            submenu: [
              { label: `${t.about} ${appName}`, click: onAbout },
              sep,
              { role: 'quit', label: t.quit, accelerator: 'Cmd+Q' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: t.file, submenu: [{ role: 'quit', label: t.quit, accelerator: mac ? 'Cmd+Q' : 'Ctrl+Q' }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo, accelerator: 'CmdOrCtrl+Z' },
        { role: 'redo', label: t.redo, accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
        sep,
        { role: 'cut', label: t.cut, accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', label: t.copy, accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', label: t.paste, accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', label: t.selectAll, accelerator: 'CmdOrCtrl+A' },
      ],
    },
    { label: t.view, submenu: view },
    { label: t.help, role: 'help', submenu: [{ label: t.about, accelerator: 'F1', click: onAbout }] },
  ];
}
