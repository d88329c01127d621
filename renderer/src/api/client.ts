import type { CallArgs, CallName, CallResult } from '@shared/contract';
import { getCallContext } from './context';
import { ApiError } from './errors';
import { getTransport } from './transport';

/**
 * The renderer's one way to the core. Typed by the contract: the name decides what the args and
 * the result are. A refusal is thrown as an ApiError (code, message in both languages, issues).
 */
export async function call<N extends CallName>(name: N, args: CallArgs<N>): Promise<CallResult<N>> {
  const response = await getTransport().send(name, args, getCallContext());
  if (!response.ok) throw new ApiError(response.error);
  return response.result as CallResult<N>;
}
