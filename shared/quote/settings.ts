import { formatMultiplier, parseFixed, parseMultiplier, parsePercent } from '../money';
import type { QuoteDefaults } from './defaults';
import type { QuoteInterchange } from './interchange';

/** The quote's own settings where it has them, the workspace's otherwise, parsed. */
export interface QuoteSettings {
  /** The settings as decimal strings. */
  text: QuoteDefaults;
  /** Multiplier in thousandths by level; index 0 unused. */
  multipliers: readonly number[];
  /** The same, printed ("1.15"). */
  multiplierText: readonly string[];
  hoursPerDay: number; // thousandths
  taxBasisPoints: number;
  marginFloorBasisPoints: number;
  /** The quote's agency fee (its own, else the workspace's, else 0); a section may override it. */
  agencyFeeBasisPoints: number;
}

const LEVELS = ['1', '2', '3', '4', '5'] as const;

function parsed(value: number, what: string, text: string): number {
  if (!(value >= 0)) throw new TypeError(`Invalid ${what} "${text}": validate the quote before computing it`);
  return value;
}

function parse(text: QuoteDefaults): Omit<QuoteSettings, 'text'> {
  const multipliers = [0];
  for (const level of LEVELS) {
    const value = text.difficultyMultipliers[level];
    multipliers.push(parsed(parseMultiplier(value), `difficulty multiplier ${level}`, value));
  }
  const hoursPerDay = parsed(parseFixed(text.hoursPerDay, 3), 'hoursPerDay', text.hoursPerDay);
  if (hoursPerDay === 0) throw new TypeError('hoursPerDay must be above 0');
  return {
    multipliers,
    multiplierText: multipliers.map((m, level) => (level === 0 ? '' : formatMultiplier(m))),
    hoursPerDay,
    taxBasisPoints: parsed(parsePercent(text.taxPercent), 'taxPercent', text.taxPercent),
    marginFloorBasisPoints: parsed(
      parsePercent(text.marginFloorPercent),
      'marginFloorPercent',
      text.marginFloorPercent,
    ),
    agencyFeeBasisPoints: parsed(
      parsePercent(text.agencyFeePercent ?? '0'),
      'agencyFeePercent',
      text.agencyFeePercent ?? '0',
    ),
  };
}

function sameText(a: QuoteDefaults, b: QuoteDefaults): boolean {
  if (
    a.hoursPerDay !== b.hoursPerDay ||
    a.taxPercent !== b.taxPercent ||
    a.marginFloorPercent !== b.marginFloorPercent ||
    a.agencyFeePercent !== b.agencyFeePercent
  )
    return false;
  const am = a.difficultyMultipliers;
  const bm = b.difficultyMultipliers;
  return (
    am['1'] === bm['1'] && am['2'] === bm['2'] && am['3'] === bm['3'] && am['4'] === bm['4'] && am['5'] === bm['5']
  );
}

// The editor recomputes one quote per keystroke with the same settings: keep the last parse.
// Keyed by value on a private copy, so neither a mutated input nor a mutated result can make it
// serve numbers for other settings.
let lastText: QuoteDefaults | null = null;
let lastParsed: Omit<QuoteSettings, 'text'> | null = null;

function copy(text: QuoteDefaults): QuoteDefaults {
  const m = text.difficultyMultipliers;
  return {
    difficultyMultipliers: { '1': m['1'], '2': m['2'], '3': m['3'], '4': m['4'], '5': m['5'] },
    hoursPerDay: text.hoursPerDay,
    taxPercent: text.taxPercent,
    marginFloorPercent: text.marginFloorPercent,
    agencyFeePercent: text.agencyFeePercent ?? '0',
  };
}

/** Settings for one compute; `text` is a fresh object each time, owned by the result. */
export function resolveSettings(quote: QuoteInterchange, defaults: QuoteDefaults): QuoteSettings {
  const text = copy({
    difficultyMultipliers: quote.difficultyMultipliers ?? defaults.difficultyMultipliers,
    hoursPerDay: quote.hoursPerDay ?? defaults.hoursPerDay,
    taxPercent: quote.taxPercent ?? defaults.taxPercent,
    marginFloorPercent: quote.marginFloorPercent ?? defaults.marginFloorPercent,
    agencyFeePercent: quote.agencyFeePercent ?? defaults.agencyFeePercent ?? '0',
  });
  let parsedSettings = lastParsed;
  if (parsedSettings === null || lastText === null || !sameText(lastText, text)) {
    parsedSettings = lastParsed = parse(text);
    lastText = copy(text);
  }
  return {
    text,
    multipliers: parsedSettings.multipliers,
    multiplierText: parsedSettings.multiplierText,
    hoursPerDay: parsedSettings.hoursPerDay,
    taxBasisPoints: parsedSettings.taxBasisPoints,
    marginFloorBasisPoints: parsedSettings.marginFloorBasisPoints,
    agencyFeeBasisPoints: parsedSettings.agencyFeeBasisPoints,
  };
}
