import { app, Menu } from 'electron';
import type { Lang } from '@shared/i18n/lang';
import { menuTemplate } from './menu-template';

export function installMenu({ lang, dev, appName }: { lang: Lang; dev: boolean; appName: string }): void {
  app.setAboutPanelOptions({
    applicationName: appName,
    applicationVersion: app.getVersion(),
    version: `Electron ${process.versions.electron}`,
  });
  const template = menuTemplate({
    lang,
    dev,
    platform: process.platform,
    appName,
    onAbout: () => app.showAboutPanel(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
