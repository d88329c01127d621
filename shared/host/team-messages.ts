import type { MessageCatalog } from '../validation/catalog';

/** Field messages of the team-server address (shared/host/team.ts), for the validation catalogue. */
export const teamFieldMessages = {
  'team.url_required': {
    'zh-CN': '请输入团队服务器地址，例如 https://workbench.example.cn',
    en: 'Enter the team server’s address, for example https://workbench.example.com',
  },
  'team.url_invalid': {
    'zh-CN': '地址无效：应为 https://主机名[:端口]，不含路径、用户名或密码',
    en: 'Not a valid address: expected https://host[:port], without a path, user name or password',
  },
  'team.https_required': {
    'zh-CN': '团队服务器必须使用 HTTPS（只有本机地址 127.0.0.1 / localhost 可以用 http）',
    en: 'A team server must use HTTPS (only this machine, 127.0.0.1 / localhost, may use http)',
  },
} satisfies MessageCatalog;
