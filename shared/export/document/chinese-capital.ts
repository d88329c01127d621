/**
 * Amounts in Chinese capital numerals (大写金额), as written on contracts and invoices:
 * 3947257 fen → 叁万玖仟肆佰柒拾贰元伍角柒分.
 *
 * Rules (中国人民银行《支付结算办法》附件一, 正确填写票据和结算凭证的基本规定):
 * - 壹 is always written before 拾 (壹拾万, not 拾万).
 * - Zeros inside the integer part read as one 零 (壹仟零伍元, 壹拾万零伍佰元); zeros at the end of
 *   a 万 or 亿 group are not read (壹拾万元); an empty group is skipped (壹亿零伍元).
 * - 整 after 元 when there are no 角 and 分. After 角 the rule makes 整 optional; we leave it out
 *   (伍角), and never write it after 分.
 * - 零 between 元 and 分 when 角 is 0 (叁佰贰拾伍元零肆分); no 零 between 元 and a non-zero 角 (the
 *   rule allows either; we take the shorter).
 * - Below one yuan there is no 元 (伍角柒分); zero is 零元整; a negative amount starts with 负.
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '拾', '佰', '仟'];
const WAN = 10_000n;
const YI = 100_000_000n;

/** 1–9999 in capitals; inner zeros read once, trailing zeros not read. */
function group(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[digit]! + PLACES[place]!;
  }
  return out;
}

/** A positive integer: split at 亿, else at 万, recursively (so 10^12 reads 壹万亿). */
function integerCapital(n: bigint): string {
  if (n < WAN) return group(Number(n));
  const [size, unit] = n >= YI ? [YI, '亿'] : [WAN, '万'];
  const high = n / size;
  const rest = n % size;
  let out = integerCapital(high) + unit;
  if (rest > 0n) {
    // A rest shorter than the unit's width has a leading zero to read: 壹万零伍, 壹亿零壹拾万.
    if (rest < size / 10n) out += '零';
    out += integerCapital(rest);
  }
  return out;
}

/** Fen (minor units of CNY) as a capital amount, without the 人民币 prefix. */
export function chineseCapitalAmount(fen: number | bigint): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) throw new RangeError(`Not a whole number of fen: ${fen}`);
  const value = BigInt(fen);
  if (value < 0n) return `负${chineseCapitalAmount(-value)}`;
  const yuan = value / 100n;
  const jiao = Number((value / 10n) % 10n);
  const cents = Number(value % 10n);
  if (value === 0n) return '零元整';
  let out = yuan > 0n ? `${integerCapital(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0n) out += '零';
  if (cents > 0) out += `${DIGITS[cents]}分`;
  return out;
}

/**
 * The 大写 line as a contract writes it, with its currency word: 人民币叁万玖仟…元伍角柒分. Chinese in
 * a document of either language: the capitals are the legal form of a yuan amount, not a wording.
 */
export function renminbiInCapitals(fen: number | bigint): string {
  return `人民币${chineseCapitalAmount(fen)}`;
}
