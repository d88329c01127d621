import * as z from 'zod';
import { CLIENT_TYPES, LEVELS } from '../../analytics/client-type';
import { command, query } from '../define';
import { ANY_ROLE } from '../roles';
import { idSchema, isoDate, isoDateTime, noArgs, optionalText, text } from '../common';
import { localToday } from '../../dates/local';

export const CLIENT_STATUSES = ['active', 'paused', 'let_go'] as const;
export const PRICE_SENSITIVITIES = ['sensitive', 'insensitive'] as const;
export const levelSchema = z.enum(LEVELS);
export const clientTypeSchema = z.enum(CLIENT_TYPES);

// Deliberately simple: one @, something on both sides, a dot in the domain. The mail server is the real check.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Today's date where the rule runs (the form in the browser, the core on save). */
const todayIso = () => localToday();

export const contactInputSchema = z.strictObject({
  /** Present when editing a stored contact; absent for a new one. */
  id: idSchema.optional(),
  name: text(60),
  role: optionalText(60),
  phone: optionalText(40),
  email: optionalText(120).refine((s) => s === '' || EMAIL.test(s), { params: { key: 'clients.invalid_email' } }),
  wechat: optionalText(60),
  /** Empty when unknown. A birthday cannot lie in the future. */
  birthday: z
    .union([z.literal(''), isoDate])
    .refine((s) => s === '' || s <= todayIso(), { params: { key: 'clients.birthday_future' } }),
  decisionMaker: z.boolean(),
  /** Top management of the client (the churn rule wants their buy-in). */
  topManagement: z.boolean(),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

/** The client's own dates to remember (founding day, a product launch anniversary). */
export const clientDateInputSchema = z.strictObject({ label: text(40), date: isoDate });

export const clientInputSchema = z.strictObject({
  name: text(100),
  industry: optionalText(60),
  status: z.enum(CLIENT_STATUSES),
  priceSensitivity: z.enum(PRICE_SENSITIVITIES),
  ownerId: idSchema.nullable(),
  decisionProcess: optionalText(2000),
  character: levelSchema.nullable(),
  professionalism: levelSchema.nullable(),
  tags: z.array(text(30)).max(20),
  /** Yearly revenue from the client outside our proposals, minor units of the workspace currency. */
  relatedSales: z.int().min(0).max(1e13),
  contacts: z.array(contactInputSchema).max(50),
  dates: z.array(clientDateInputSchema).max(20),
});
export type ClientInput = z.infer<typeof clientInputSchema>;

export const clientSaveSchema = clientInputSchema.extend({ id: idSchema.optional() });

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
  clientType: clientTypeSchema.nullable(),
  tags: z.array(z.string()),
  keyAccount: z.boolean(),
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const contactSchema = contactInputSchema.extend({ id: idSchema });
export const clientDetailSchema = clientInputSchema.extend({
  id: idSchema,
  contacts: z.array(contactSchema),
  ownerName: z.string().nullable(),
  clientType: clientTypeSchema.nullable(),
  keyAccount: z.boolean(),
  quoteCount: z.int(),
  proposalCount: z.int(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ClientDetail = z.infer<typeof clientDetailSchema>;

const byId = z.strictObject({ id: idSchema });

export const clientsContract = {
  'clients.list': query(ANY_ROLE, noArgs, z.object({ items: z.array(clientSummarySchema) })),
  'clients.get': query(ANY_ROLE, byId, clientDetailSchema),
  'clients.save': command(ANY_ROLE, clientSaveSchema, z.object({ id: idSchema })),
  /** Only a client with no quotes or proposals can be deleted; the others are archived (let go). */
  'clients.delete': command(ANY_ROLE, byId, z.object({ id: idSchema })),
  'clients.archive': command(ANY_ROLE, byId, z.object({ id: idSchema })),
};
