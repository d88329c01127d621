/** The pipeline's chart colours: won and lost as everywhere, value and margin told apart. */
export const COLORS = { won: '#1f7a44', lost: '#b3261e', value: '#2f5d8a', margin: '#7a5a1f' };
