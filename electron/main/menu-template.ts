/**
 * The native menu as data, worded in Simplified Chinese when the OS speaks Chinese. Only a type is
 * taken from `electron` (erased at build), so the template can be checked without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '@shared/i18n/lang';

const LABELS = {
  'zh-CN': {
    file: '文件',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    devTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    fullScreen: '全屏',
    help: '帮助',
    about: '关于',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Full Screen',
    help: 'Help',
    about: 'About',
  },
} satisfies Record<Lang, Record<string, string>>;

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
  const t = LABELS[lang];
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
