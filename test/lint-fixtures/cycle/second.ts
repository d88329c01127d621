import { first } from './first';

export const second = 'second';
export const both = (): string => first();
