import type * as z from 'zod';

/** One named call of the API: what it takes and what it gives back. */
export interface Endpoint<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  args: A;
  result: R;
  /** Changes the workspace: recorded in the audit log with who and when. */
  write: boolean;
}

export function query<A extends z.ZodType, R extends z.ZodType>(args: A, result: R): Endpoint<A, R> {
  return { args, result, write: false };
}

export function command<A extends z.ZodType, R extends z.ZodType>(args: A, result: R): Endpoint<A, R> {
  return { args, result, write: true };
}
