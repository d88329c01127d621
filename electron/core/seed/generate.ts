import { computeQuote, type QuoteInterchange } from '@shared/quote';
import { createRandom, type Random } from './random';
import {
  CLIENT_NAMES,
  CONTACT_ROLES,
  GIVEN,
  INDUSTRIES,
  ITEMS,
  PROJECTS,
  RATE_CARD,
  RATIONALES,
  SECTION_TITLES,
  SURNAMES,
} from './vocabulary';

export interface GeneratedContact {
  name: string;
  role: string;
  phone: string;
  email: string;
  birthday: string;
  decisionMaker: boolean;
}
export interface GeneratedClient {
  name: string;
  industry: string;
  status: 'active' | 'paused' | 'let_go';
  priceSensitivity: 'sensitive' | 'insensitive';
  contacts: GeneratedContact[];
}

function clientName(r: Random, i: number): { name: string; industry: string } {
  const base = i % CLIENT_NAMES.length;
  const round = Math.floor(i / CLIENT_NAMES.length);
  return {
    name: round === 0 ? CLIENT_NAMES[base]! : `${CLIENT_NAMES[base]}（${round + 1}）`,
    industry: INDUSTRIES[base]! ?? r.pick(INDUSTRIES),
  };
}

function contact(r: Random, k: number, today: string): GeneratedContact {
  const year = Number(today.slice(0, 4)) - r.int(25, 55);
  const month = String(r.int(1, 12)).padStart(2, '0');
  const day = String(r.int(1, 28)).padStart(2, '0');
  return {
    name: r.pick(SURNAMES) + r.pick(GIVEN),
    role: CONTACT_ROLES[k % CONTACT_ROLES.length]!,
    phone: `13${r.int(100000000, 999999999)}`,
    email: `contact${r.int(1000, 9999)}@example.cn`,
    birthday: `${year}-${month}-${day}`,
    decisionMaker: k === 0,
  };
}

/** A deterministic workspace of any size: the demo asks for a dozen clients, the benchmarks for thousands. */
export function generateWorkspace({ seed, clients, today }: { seed: number; clients: number; today: string }) {
  const random = createRandom(seed);
  const list: GeneratedClient[] = [];
  for (let i = 0; i < clients; i++) {
    const { name, industry } = clientName(random, i);
    list.push({
      name,
      industry,
      status: random.chance(0.85) ? 'active' : random.pick(['paused', 'let_go'] as const),
      priceSensitivity: random.chance(0.5) ? 'sensitive' : 'insensitive',
      contacts: Array.from({ length: random.int(1, 3) }, (_, k) => contact(random, k, today)),
    });
  }
  return { random, clients: list, rateCard: RATE_CARD };
}

/** A quote as an account lead would write it: a few sections of labour, some pass-through items. */
export function generateQuote(r: Random, c: GeneratedClient, today: string, lineCount?: number): QuoteInterchange {
  const level = r.int(1, 5);
  const sectionCount = lineCount ? Math.max(1, Math.ceil(lineCount / 20)) : r.int(1, 3);
  const refDate = `${Number(today.slice(0, 4)) - (r.chance(0.2) ? 2 : 0)}-03-01`;
  const sections: QuoteInterchange['sections'] = [];
  let remaining = lineCount ?? Infinity;
  for (let s = 0; s < sectionCount && remaining > 0; s++) {
    const lines: QuoteInterchange['sections'][number]['lines'] = [];
    const n = lineCount ? Math.min(20, remaining) : r.int(2, 5);
    for (let l = 0; l < n; l++) {
      if (r.chance(0.75)) {
        const role = r.pick(RATE_CARD);
        lines.push({
          kind: 'labor',
          role: role.role,
          headcount: String(r.int(1, 3)),
          days: `${r.int(1, 10)}.${r.pick(['0', '5', '25'])}`,
          rate: role.rate,
          costRate: role.costRate,
          ...(r.chance(0.6) ? { market: { unitPrice: role.market, source: '2026 行业薪酬报告', date: refDate } } : {}),
        });
      } else {
        const item = r.pick(ITEMS);
        lines.push({
          kind: 'item',
          description: item.description,
          quantity: String(r.int(1, 3)),
          unit: item.unit,
          unitPrice: item.price,
          unitCost: item.cost,
        });
      }
    }
    remaining -= n;
    sections.push({ title: SECTION_TITLES[s % SECTION_TITLES.length]!, lines });
  }
  const discounted = r.chance(0.3);
  return {
    format: 'workbench.quote/1',
    title: `${today.slice(0, 4)} ${c.name}${r.pick(PROJECTS)}`,
    currency: 'CNY',
    difficulty: { level, rationale: level > 2 || r.chance(0.5) ? r.pick(RATIONALES) : '' },
    taxPercent: '6',
    ...(discounted
      ? {
          discount: {
            percent: String(r.pick([3, 5, 8, 10])),
            reason: '年度框架合作',
            condition: '客户承诺续签下一年度服务',
          },
        }
      : {}),
    sections,
  };
}

/**
 * The quote as an agency would let it go out: a discount that would take it below cost is cut to
 * the deepest of 25, 20, 15, 10, 5 and 0 percent that does not (the send refuses a quote under
 * cost, and no demo project is won at a loss) — a squeezed client stays squeezed.
 */
export function affordable(doc: QuoteInterchange, today: string): QuoteInterchange {
  if (!doc.discount) return doc;
  const asked = Number(doc.discount.percent);
  for (const percent of [asked, 25, 20, 15, 10, 5].filter((p) => p <= asked)) {
    const offered = { ...doc, discount: { ...doc.discount, percent: String(percent) } };
    const computed = computeQuote(offered, { today });
    if (computed.net >= computed.cost) return offered;
  }
  return { ...doc, discount: undefined };
}

const PHASES = ['二期', '三期', '四期', '五期', '六期'];

/**
 * A project title not yet used in the demo: the same project for the same client in the same year
 * is its next phase (“…周年庆活动（二期）”), as an agency would name it, not a second identical row.
 */
export function distinctTitle(doc: QuoteInterchange, used: Set<string>): QuoteInterchange {
  let title = doc.title;
  for (let k = 0; used.has(title); k++) title = `${doc.title}（${PHASES[k] ?? `${k + 2}期`}）`;
  used.add(title);
  return title === doc.title ? doc : { ...doc, title };
}
