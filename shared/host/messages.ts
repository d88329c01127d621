import type { Lang, LocalizedText } from '../i18n/lang';
import { fillText } from '../i18n/fill';

/**
 * What a host says before or around the core — a call that never reached a handler, a core process
 * that stopped, a team server that cannot be reached — in every UI language. One catalogue for
 * every host (the Electron main process, browser mode, the team server) and for the core, whose
 * own catalogue (`electron/core/errors.ts`) includes this one.
 */
export const hostMessages = {
  'error.validation': { 'zh-CN': '输入有误，请检查标出的字段', en: 'Some fields are invalid; check the marked fields' },
  'error.unknown_call': { 'zh-CN': '没有名为 {name} 的接口', en: 'There is no call named {name}' },
  'error.internal': {
    'zh-CN': '内部错误，操作未完成，数据未更改。详情已写入日志。',
    en: 'Internal error: the operation did not complete and nothing was changed. Details are in the log.',
  },
  'error.unauthorized': { 'zh-CN': '缺少或错误的访问令牌', en: 'Missing or wrong access token' },
  'error.forbidden_origin': { 'zh-CN': '拒绝来自其他来源的请求', en: 'Requests from other origins are refused' },
  'error.too_large': { 'zh-CN': '请求内容过大', en: 'The request body is too large' },
  'error.bad_json': { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'error.method': { 'zh-CN': '只接受 POST 请求', en: 'Only POST is accepted' },
  'error.events_method': { 'zh-CN': '实时更新只接受 GET 请求', en: 'Live updates accept GET only' },
  'error.not_found': { 'zh-CN': '找不到该资源', en: 'Not found' },
  'error.core_stopped': {
    'zh-CN': '工作台的数据进程已停止，操作未完成。请重新启动应用；详情已写入日志。',
    en: 'The workbench’s data process stopped and the operation did not complete. Restart the app; details are in the log.',
  },
  'team.error.unreachable': {
    'zh-CN': '无法连接到 {host}：{detail}',
    en: 'Cannot reach {host}: {detail}',
  },
  'team.error.not_workbench': {
    'zh-CN': '{host} 上没有找到工作台团队服务器（应答不是工作台的）',
    en: 'No workbench team server answered at {host} (the reply is not a workbench’s)',
  },
  'team.error.certificate': {
    'zh-CN': '{host} 的证书不可信：{problem}。连接未建立，未发送任何数据。',
    en: 'The certificate of {host} is not trusted: {problem}. Nothing was sent.',
  },
  'team.error.fingerprint_changed': {
    'zh-CN': '{host} 的证书已变更，与你之前信任的指纹不同。可能有人冒充该服务器；请向管理员核实新指纹后再信任。',
    en: 'The certificate of {host} changed and no longer matches the fingerprint you trusted. Someone may be impersonating the server; check the new fingerprint with your administrator before trusting it.',
  },
  'team.error.not_connected': {
    'zh-CN': '当前没有连接团队服务器',
    en: 'No team server is connected',
  },
  'team.error.desktop_only': {
    'zh-CN': '连接团队服务器只能在桌面应用中进行；在浏览器中请直接打开团队服务器的地址。',
    en: 'Connecting to a team server is done in the desktop app; in a browser, open the team server’s address directly.',
  },
} satisfies Record<string, LocalizedText>;

export type HostMessageKey = keyof typeof hostMessages;

/** The message in every language, `{name}` placeholders filled (the same value in each language). */
export function hostMessage(key: HostMessageKey, vars: Record<string, string | number> = {}): LocalizedText {
  return fillText(hostMessages[key], vars);
}

/** A refusal in the envelope every transport uses. */
export function hostRefusal<C extends string>(
  code: C,
  key: HostMessageKey,
  lang: Lang,
  vars: Record<string, string | number> = {},
) {
  const messages = hostMessage(key, vars);
  return { ok: false as const, error: { code, message: messages[lang], messages } };
}
