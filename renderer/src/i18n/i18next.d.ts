import 'i18next';
import type { zhCN } from './zh-CN';

// Typed keys: `t('nav.clinets')` is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
