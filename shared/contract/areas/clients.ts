import * as z from 'zod';
import { query } from '../define';
import { idSchema, isoDateTime, noArgs } from '../common';

export const CLIENT_STATUSES = ['active', 'paused', 'let_go'] as const;
export const PRICE_SENSITIVITIES = ['sensitive', 'insensitive'] as const;

export const clientSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  industry: z.string(),
  status: z.enum(CLIENT_STATUSES),
  priceSensitivity: z.enum(PRICE_SENSITIVITIES),
  ownerName: z.string().nullable(),
  contactCount: z.int(),
  quoteCount: z.int(),
  updatedAt: isoDateTime,
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const clientsContract = {
  'clients.list': query(noArgs, z.object({ items: z.array(clientSummarySchema) })),
};
