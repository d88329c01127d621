import * as z from 'zod';

/**
 * The change feed: after a write commits, which kinds of things it changed (and which row, where
 * one row is meant), who made it and when. Open screens use it to refetch what they show; it
 * carries no content, so a listener learns nothing it could not read with its own calls.
 *
 * It crosses process boundaries (PostgreSQL NOTIFY between server processes, server-sent events to
 * the page, the Electron relay), so every receiver validates it with these schemas.
 */
export const CHANGE_KINDS = [
  'quote',
  'proposal',
  'approval',
  'client',
  /** Visits, complaints, surveys, cost-to-serve entries: a client's record around the work. */
  'care',
  /** Payment plans, milestones, invoices, receipts, plan templates. */
  'payment',
  /** Rate card, market references, proposal templates, content blocks, saved searches. */
  'library',
  /** Workspace settings, branding, proposal and forecast settings, exchange rates. */
  'settings',
  'user',
  'backup',
  /** Anything at all (a restore, an import, first-run set-up): refetch everything. */
  'workspace',
] as const;

export const changeKindSchema = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof changeKindSchema>;

export const changeSchema = z.strictObject({
  kind: changeKindSchema,
  /** The row, where the write named one (a quote's id, an approval's id…); null: several or none. */
  id: z.int().positive().max(2_147_483_647).nullable(),
});
export type Change = z.infer<typeof changeSchema>;

/** More changes than this in one write are sent as one `workspace` change (NOTIFY's payload is < 8000 bytes). */
export const MAX_CHANGES = 40;

export const changeEventSchema = z.strictObject({
  /** The call that wrote (`quotes.save`…). */
  call: z.string().min(1).max(80),
  /** When the write was made (the core's clock), ISO 8601. */
  at: z.string().max(40),
  /** Who made it; null for a write with nobody signed in (first-run set-up). */
  by: z.strictObject({ id: z.int().positive(), name: z.string().max(200) }).nullable(),
  changes: z.array(changeSchema).min(1).max(MAX_CHANGES),
});
export type ChangeEvent = z.infer<typeof changeEventSchema>;

/** Read an event that came from elsewhere: the parsed event, or null when it is not one. */
export function parseChangeEvent(raw: unknown): ChangeEvent | null {
  const parsed = changeEventSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * What a host hands the renderer's live-refresh hook: a change, or whether the feed is connected
 * now. Browser mode speaks it as server-sent events; the Electron main process relays the same
 * messages over IPC (see renderer/src/api/live.ts, `WorkbenchBridge.subscribeChanges`).
 */
export const liveMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('change'), event: changeEventSchema }),
  z.strictObject({ type: z.literal('status'), connected: z.boolean() }),
]);
export type LiveMessage = z.infer<typeof liveMessageSchema>;
