export {
  computeQuote,
  createComputeCache,
  QuoteRangeError,
  type ComputeCache,
  type ComputeOptions,
  type QuotePath,
} from './compute';
export {
  BUILTIN_QUOTE_DEFAULTS,
  difficultyMultipliersSchema,
  quoteDefaultsOf,
  quoteDefaultsSchema,
  type DifficultyMultipliers,
  type QuoteDefaults,
} from './defaults';
export { isIsoDate, MAX_QUANTITY } from './fields';
export { isBlank, QUOTE_FLAG_CODES, QUOTE_FLAG_SEVERITY, staleCutoff, type QuoteFlagCode } from './flags';
export {
  itemLineSchema,
  laborLineSchema,
  makeQuoteInterchangeSchema,
  marketReferenceSchema,
  QUOTE_FORMAT,
  QUOTE_LIMITS,
  quoteInterchangeSchema,
  quoteObjectSchema,
  quoteLineSchema,
  quoteSectionSchema,
  type ItemLine,
  type LaborLine,
  type MarketReference,
  type QuoteDiscount,
  type QuoteInterchange,
  type QuoteLine,
  type QuoteSection,
} from './interchange';
export { parseQuoteJson, QUOTE_FILE_MAX_BYTES, serializeQuote } from './json';
export { quoteFlagMessages, quoteMessages, type QuoteMessageKey } from './messages';
export { moneyInputSchema } from './money-input';
export {
  computedLineSchema,
  computedQuoteSchema,
  computedSectionSchema,
  optionalTotalsSchema,
  quoteFlagSchema,
  roleWorkloadSchema,
  type ComputedLine,
  type ComputedQuote,
  type ComputedSection,
  type OptionalTotals,
  type QuoteFlag,
  type QuoteFlagSeverity,
  type RoleWorkload,
} from './result';
