/** Live refresh and the conflict view: what a person sees when others work on the same things. */
const zh = {
  reconnecting: '与工作台的实时连接已断开，正在重新连接…（期间的修改会在恢复后自动刷新）',
  conflict: {
    title: '{{name}} 在 {{at}} 保存了这份{{what}}（修订 {{revision}}），你的保存未写入。',
    titleNoName: '这份{{what}}已在 {{at}} 被另一处保存（修订 {{revision}}），你的保存未写入。',
    quote: '报价',
    proposal: '提案',
    differs: '他们保存的内容与你的不同之处：',
    same: '他们保存的内容与你的相同。',
    theirs: '他们的',
    mine: '我的',
    empty: '（空）',
    absent: '（无此项）',
    more: '另有 {{count}} 处不同',
    total: '含税总价',
    keepMine: '保留我的（覆盖他们的）',
    takeTheirs: '采用他们的',
    kept: '你的修改仍保存在本地草稿中，直到你选择其中一种处理方式。',
  },
};

export const liveZhCN = zh;

export const liveEn: typeof zh = {
  reconnecting: 'Live connection to the workbench lost; reconnecting… (changes made meanwhile refresh once it is back)',
  conflict: {
    title: '{{name}} saved this {{what}} at {{at}} (revision {{revision}}); your save was not written.',
    titleNoName: 'This {{what}} was saved elsewhere at {{at}} (revision {{revision}}); your save was not written.',
    quote: 'quote',
    proposal: 'proposal',
    differs: 'Where what they saved differs from yours:',
    same: 'What they saved is the same as yours.',
    theirs: 'Theirs',
    mine: 'Mine',
    empty: '(empty)',
    absent: '(not there)',
    more: '{{count}} more differences',
    total: 'Total incl. tax',
    keepMine: 'Keep mine (save over theirs)',
    takeTheirs: 'Take theirs',
    kept: 'Your version stays in the local draft until you choose one of these.',
  },
};
