import type { ApiResponse, CallArgs, CallName, CallResult } from '@shared/contract';
import { getCallContext } from './context';
import { ApiError } from './errors';
import { piecedJson } from './sliced-json';
import { getTransport } from './transport';

/**
 * The renderer's one way to the core. Typed by the contract: the name decides what the args and
 * the result are. A refusal is thrown as an ApiError (code, message in both languages, issues).
 */
export async function call<N extends CallName>(name: N, args: CallArgs<N>): Promise<CallResult<N>> {
  return resultOf<N>(await getTransport().send(name, args, getCallContext()));
}

/** A reply's result, or its refusal thrown as an ApiError (also for replies asked for early: app/firstData.ts). */
export function resultOf<N extends CallName>(response: ApiResponse<unknown>): CallResult<N> {
  if (!response.ok) throw new ApiError(response.error);
  return response.result as CallResult<N>;
}

/**
 * `call` for large arguments sent often (an editor's autosave): in browser mode the JSON body is
 * written in slices and sent in pieces, only the parts that changed since the last call of the
 * same `stream` (piecedJson), so no long task blocks typing. The Electron bridge takes the
 * arguments as they are (structured clone, no JSON).
 */
export async function callSliced<N extends CallName>(
  name: N,
  args: CallArgs<N>,
  stream: string = name,
): Promise<CallResult<N>> {
  const transport = getTransport();
  const json = transport.kind === 'http' ? await piecedJson(args, stream) : undefined;
  return resultOf<N>(await transport.send(name, args, getCallContext(), json));
}
