export { CURRENCY_CODES, currencyDigits, isCurrencyCode, type CurrencyCode } from './currency';
export {
  MAX_SAFE,
  bigToSafeNumber,
  compareProducts,
  divRound,
  divRoundBig,
  mulDivRound,
  mulMulDivRound,
} from './round';
export { decimalProblem, formatFixed, parseFixed, type DecimalProblem } from './decimal';
export {
  BASIS_POINTS,
  MULTIPLIER_PLACES,
  MULTIPLIER_SCALE,
  PERCENT_PLACES,
  QUANTITY_PLACES,
  QUANTITY_SCALE,
  formatMultiplier,
  formatPercent,
  formatPercentTenths,
  formatQuantity,
  parseMultiplier,
  parsePercent,
  parseQuantity,
} from './quantity';
export { RATE_PLACES, convertMinor } from './convert';
export { formatMoney, minorToDecimal, type MoneyDisplay } from './format';
export { parseMoneyInput, type MoneyInput, type MoneyInputError } from './parse';
