import type * as z from 'zod';
import type { Access } from './roles';

/** One named call of the API: what it takes and what it gives back. */
export interface Endpoint<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  args: A;
  result: R;
  /** Changes the workspace: recorded in the audit log with who and when. */
  write: boolean;
  /** Runs inside one transaction with its audit entry; false only for maintenance that swaps the file. */
  transactional: boolean;
  /** Who may call it; the dispatcher refuses everyone else before the handler runs. */
  access: Access;
}

export function query<A extends z.ZodType, R extends z.ZodType>(access: Access, args: A, result: R): Endpoint<A, R> {
  return { access, args, result, write: false, transactional: true };
}

export function command<A extends z.ZodType, R extends z.ZodType>(access: Access, args: A, result: R): Endpoint<A, R> {
  return { access, args, result, write: true, transactional: true };
}

/** A write that replaces the workspace file itself (restore): not wrapped in a transaction. */
export function maintenance<A extends z.ZodType, R extends z.ZodType>(
  access: Access,
  args: A,
  result: R,
): Endpoint<A, R> {
  return { access, args, result, write: true, transactional: false };
}
