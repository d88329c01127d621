import { HTTP_STATUS, type ApiResponse } from '@shared/contract/envelope';

/**
 * The HTTP status of a call's answer. Its own module, free of the contract's schemas, so browser
 * mode's server can listen before the core (and zod) has loaded (issue 18, cold start).
 */
export function statusOf(response: ApiResponse<unknown>): number {
  return response.ok ? 200 : HTTP_STATUS[response.error.code];
}
