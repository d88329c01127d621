import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, injected as a string (this project's TypeScript has no DOM types). */
const AXE_SOURCE: string = (require('axe-core') as { source: string }).source;

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface Finding {
  where: string;
  rule: string;
  impact: Impact;
  help: string;
  targets: string[];
}

/**
 * Run axe-core on the page as it is now, with its experimental rules on as well (the audit that
 * opened issue 20 counted label-content-name-mismatch, which is one of them). One finding per rule,
 * with the CSS paths of the nodes it names.
 */
export async function audit(page: Page, where: string): Promise<Finding[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(`(async () => {
    const experimental = axe.getRules(['experimental']).map((r) => r.ruleId);
    const rules = Object.fromEntries(experimental.map((id) => [id, { enabled: true }]));
    const result = await axe.run(document, { rules, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.split('\\n').slice(1).join(' ').trim() : '')),
    }));
  })()`)) as Omit<Finding, 'where'>[];
  return violations.map((v) => ({ where, ...v }));
}

export const blocking = (f: Finding) => f.impact === 'serious' || f.impact === 'critical';

export function describe(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `[${f.impact}] ${f.where}: ${f.rule} (${f.help}), ${f.targets.length} node(s)\n    ${f.targets.slice(0, 6).join('\n    ')}`,
    )
    .join('\n');
}
