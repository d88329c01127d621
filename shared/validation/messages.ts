import { clientMessages } from '../analytics/messages';
import { collectionMessages } from '../collection/messages';
import { quoteMessages } from '../quote/messages';
import { proposalMessages } from '../proposal/messages';
import { teamFieldMessages } from '../host/team-messages';
import type { MessageCatalog } from './catalog';

export const commonMessages = {
  'common.required': { 'zh-CN': '此项为必填', en: 'This field is required' },
  'common.nul_char': {
    'zh-CN': '文本中含有不可见的空字符（NUL），请删除后再试',
    en: 'The text contains an invisible NUL character; remove it and try again',
  },
  'common.invalid_date': { 'zh-CN': '日期无效，应为 YYYY-MM-DD', en: 'Invalid date, expected YYYY-MM-DD' },
  'common.invalid_color': { 'zh-CN': '颜色无效，应为 #RRGGBB', en: 'Invalid colour, expected #RRGGBB' },
  'file.too_large': {
    'zh-CN': '文件过大，最大 {maxMb} MB；未做任何更改',
    en: 'The file is too large (at most {maxMb} MB); nothing was changed',
  },
  'auth.password_too_short': {
    'zh-CN': '密码至少 8 个字符',
    en: 'A password has at least 8 characters',
  },
  'backup.bad_name': { 'zh-CN': '不是本应用创建的备份文件名', en: 'Not the name of a backup made by this app' },
} satisfies MessageCatalog;

/** Every custom message key in the project; one place so both languages stay complete. */
export const customMessages: MessageCatalog = {
  ...commonMessages,
  ...quoteMessages,
  ...proposalMessages,
  ...clientMessages,
  ...collectionMessages,
  ...teamFieldMessages,
};
