// linted as: shared/lint-fixture.ts — shared/ reaching up into the renderer.
import { ApiError } from '../renderer/src/api/errors';

export const isApiError = (e: unknown): boolean => e instanceof ApiError;
