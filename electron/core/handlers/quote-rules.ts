import type { LineMetaMap } from '@shared/contract';
import { localized } from '@shared/i18n/catalog';
import type { SharedCatalog } from '@shared/i18n/zh-CN';
import { formatMoney } from '@shared/money';
import { isBlank, type QuoteInterchange } from '@shared/quote';
import type { FieldIssue, IssuePath } from '@shared/validation';
import { fillText } from '@shared/i18n/fill';

/**
 * The quote builder's own rules beyond the interchange format: unique line ids (the metadata is
 * keyed by them), and a rate changed from the rate card carries its reason.
 */
type RuleKey = keyof SharedCatalog['quoteRules'];

function issue(path: IssuePath, key: RuleKey, vars: Record<string, string>): FieldIssue {
  return { path, code: `quote.${key}`, message: fillText(localized('quoteRules', key), vars) };
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
