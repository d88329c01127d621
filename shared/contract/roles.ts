import * as z from 'zod';
import { USER_ROLES } from './access';

/**
 * The roles a workspace user can hold. Kept apart from the areas so `define.ts` (which every area
 * imports) can name them without importing an area: no cycle. The plain values live in access.ts
 * (zod-free, for the renderer's entry).
 */
export * from './access';
export const userRoleSchema = z.enum(USER_ROLES);
