import * as z from 'zod';
import { starterRoleSchema, workspaceSetupSchema, type WorkspaceSetup } from '../contract';
import type { Lang } from '../i18n/lang';
import { STARTER_RATE_CARD, STARTER_RATE_CARD_CURRENCY } from '../rate-card/starter';
import { errorMapFor } from '../validation';

// Amounts may be NaN (MoneyInput's "not an amount"): only a ticked row is held to the contract.
const amountOrNaN = z.union([z.number(), z.nan()]);
/** A row of the starter card in the form: the contract's role plus whether it is ticked. */
const starterRowSchema = z.object({ include: z.boolean(), role: z.string(), rate: amountOrNaN, costRate: amountOrNaN });

/**
 * The first-run form's model (the screen is renderer/src/features/first-run/WelcomeScreen.tsx): the setup contract, with the starter card held as ticked/unticked rows.
 * Ticked rows are checked with the contract's own role schema, so the form refuses what the core would.
 */
export function setupFormSchema(lang: Lang) {
  return workspaceSetupSchema
    .omit({ starterRoles: true })
    .extend({ starter: z.array(starterRowSchema) })
    .superRefine((values, ctx) => {
      if (!offersStarterCard(values)) return;
      values.starter.forEach((row, i) => {
        if (!row.include) return;
        const parsed = starterRoleSchema.safeParse(
          { role: row.role, rate: row.rate, costRate: row.costRate },
          { error: errorMapFor(lang) },
        );
        if (!parsed.success)
          for (const issue of parsed.error.issues)
            ctx.addIssue({ code: 'custom', message: issue.message, path: ['starter', i, ...issue.path] });
      });
    });
}
export type SetupFormValues = z.input<ReturnType<typeof setupFormSchema>>;
type SetupFormOutput = z.output<ReturnType<typeof setupFormSchema>>;

/** The card's figures are CNY figures (shared/rate-card/starter.ts): offered to an empty CNY workspace. */
export function offersStarterCard(values: Pick<SetupFormValues, 'mode' | 'currency'>): boolean {
  return values.mode === 'empty' && (values.currency ?? STARTER_RATE_CARD_CURRENCY) === STARTER_RATE_CARD_CURRENCY;
}

export function defaultSetupValues(lang: Lang): SetupFormValues {
  return {
    adminName: '',
    companyName: '',
    language: lang,
    mode: 'empty',
    currency: 'CNY',
    // 6% is the common VAT rate on agency services in China.
    taxPercent: '6',
    starter: STARTER_RATE_CARD.map((r) => ({ include: true, role: r.role[lang], rate: r.rate, costRate: r.costRate })),
  };
}

/**
 * What the form sends. The demo agency brings its own settings and rate card, so its setup is the
 * one it always was; an empty workspace takes the currency, VAT and the ticked starter roles.
 */
export function toSetupArgs(values: SetupFormOutput): WorkspaceSetup {
  const { starter, currency, taxPercent, ...rest } = values;
  if (values.mode === 'demo') return rest;
  const starterRoles = offersStarterCard(values)
    ? starter.filter((r) => r.include).map(({ role, rate, costRate }) => ({ role, rate, costRate }))
    : [];
  return { ...rest, currency, taxPercent, starterRoles };
}

/**
 * The starter rows in another language: a role still named as the card names it in any language is
 * renamed to `lang`'s name; a role the user typed stays as typed.
 */
export function renameStarterRoles(rows: SetupFormValues['starter'], lang: Lang): SetupFormValues['starter'] {
  return rows.map((row, i) => {
    const card = STARTER_RATE_CARD[i];
    const untouched = card && Object.values(card.role).includes(row.role);
    return untouched ? { ...row, role: card.role[lang] } : row;
  });
}
