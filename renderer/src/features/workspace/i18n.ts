/**
 * Which workspace the desktop window talks to, and connecting to a team server. Spread into the
 * app's catalogues as `workspace`; the English object is typed by the Chinese.
 */
const zh = {
  solo: '本地工作区',
  team: '团队：{{host}}',
  current: '当前工作区',
  connect: '连接团队服务器…',
  useSolo: '切换到本地工作区',
  dialogTitle: '连接团队服务器',
  dialogIntro:
    '团队服务器让整个公司共用同一个工作区。连接后需要用你在服务器上的账户登录；本地工作区仍保留，可随时切换回来。',
  url: '服务器地址',
  urlHint: '由管理员提供，例如 https://workbench.example.cn',
  connectButton: '连接',
  connecting: '正在连接…',
  cancel: '取消',
  untrustedTitle: '请核对服务器证书',
  untrustedBody:
    '{{host}} 使用的证书不被系统信任（{{problem}}）。只有在管理员确认下面的指纹与服务器上的一致时，才信任它。',
  changedBody:
    '注意：{{host}} 的证书与你之前信任的不同。可能是服务器更换了证书，也可能有人冒充该服务器。请先向管理员核实新指纹。',
  fingerprint: 'SHA-256 指纹',
  subject: '颁发给',
  issuer: '颁发者',
  validity: '有效期',
  trust: '信任此证书并连接',
  desktopOnly: '连接团队服务器只能在桌面应用中进行；在浏览器中请直接打开团队服务器的地址。',
};

export const workspaceZhCN = zh;

export const workspaceEn: typeof zh = {
  solo: 'Local workspace',
  team: 'Team: {{host}}',
  current: 'Current workspace',
  connect: 'Connect to a team server…',
  useSolo: 'Switch to the local workspace',
  dialogTitle: 'Connect to a team server',
  dialogIntro:
    'A team server gives the whole agency one shared workspace. Once connected, sign in with your account on the server; the local workspace stays here and you can switch back at any time.',
  url: 'Server address',
  urlHint: 'Given by your administrator, for example https://workbench.example.com',
  connectButton: 'Connect',
  connecting: 'Connecting…',
  cancel: 'Cancel',
  untrustedTitle: 'Check the server’s certificate',
  untrustedBody:
    'The certificate of {{host}} is not trusted by the system ({{problem}}). Trust it only if your administrator confirms that the fingerprint below is the server’s.',
  changedBody:
    'Careful: the certificate of {{host}} is not the one you trusted before. The server may have a new certificate, or someone may be impersonating it. Check the new fingerprint with your administrator first.',
  fingerprint: 'SHA-256 fingerprint',
  subject: 'Issued to',
  issuer: 'Issued by',
  validity: 'Valid',
  trust: 'Trust this certificate and connect',
  desktopOnly:
    'Connecting to a team server is done in the desktop app; in a browser, open the team server’s address directly.',
};
