import type { LineMetaMap } from '@shared/contract';
import type { LocalizedText } from '@shared/i18n/lang';
import { formatMoney } from '@shared/money';
import { isBlank, type QuoteInterchange } from '@shared/quote';
import type { FieldIssue, IssuePath } from '@shared/validation';
import { fillText } from '@shared/i18n/fill';

/**
 * The quote builder's own rules beyond the interchange format: unique line ids (the metadata is
 * keyed by them), and a rate changed from the rate card carries its reason.
 */
const messages = {
  duplicateLineId: {
    'zh-CN': '明细编号（id）“{id}”重复：每条明细的编号必须唯一',
    en: 'Line id “{id}” appears twice: every line needs its own id',
  },
  rateReasonRequired: {
    'zh-CN': '单价已从岗位价目表的 {card} 改为 {rate}：请写明调整原因',
    en: 'The rate was changed from the rate card’s {card} to {rate}: give the reason',
  },
} satisfies Record<string, LocalizedText>;

function issue(path: IssuePath, key: keyof typeof messages, vars: Record<string, string>): FieldIssue {
  return { path, code: `quote.${key}`, message: fillText(messages[key], vars) };
}

/** Issues (paths relative to the save's args) and the metadata of the lines that exist, nothing else. */
export function checkLineMeta(
  document: QuoteInterchange,
  meta: LineMetaMap,
): { issues: FieldIssue[]; kept: LineMetaMap } {
  const issues: FieldIssue[] = [];
  const kept: LineMetaMap = {};
  const seen = new Set<string>();
  document.sections.forEach((section, s) =>
    section.lines.forEach((line, l) => {
      const path: IssuePath = ['document', 'sections', s, 'lines', l];
      if (line.id === undefined) return;
      if (seen.has(line.id)) {
        issues.push(issue([...path, 'id'], 'duplicateLineId', { id: line.id }));
        return;
      }
      seen.add(line.id);
      const m = meta[line.id];
      if (!m) return;
      kept[line.id] = m;
      if (line.kind !== 'labor' || m.cardRate === null) return;
      if (line.rate !== m.cardRate && isBlank(m.rateReason)) {
        const money = (minor: number) => formatMoney(minor, document.currency, 'en', 'code').replace(/\s/g, ' ');
        issues.push(
          issue([...path, 'rate'], 'rateReasonRequired', { card: money(m.cardRate), rate: money(line.rate) }),
        );
      }
    }),
  );
  return { issues, kept };
}

export function prefixIssues(issues: FieldIssue[], prefix: IssuePath): FieldIssue[] {
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}
