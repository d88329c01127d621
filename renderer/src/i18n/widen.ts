/**
 * A catalogue's shape from its Chinese original: the same keys, every text widened to `string`, so
 * the English catalogue typed with it must have exactly those keys (a missing or extra one is a
 * compile error) while saying them in its own words.
 */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
