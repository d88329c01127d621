// A run-time cycle: first.ts and second.ts import values from each other.
import { second } from './second';

export const first = (): string => `first then ${second}`;
