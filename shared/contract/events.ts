import * as z from 'zod';
import { idSchema } from './common';

/**
 * What a write did to the workspace, as typed events. Write handlers emit them through their
 * context (`ctx.emit`) and declare which they may emit (electron/core/handlers/events.ts); the
 * search index follows them inside the writing transaction, and a change feed hears them after the
 * commit. A schema, not only a type: the events cross to the page (a feed of server-sent events),
 * where they are read with this schema.
 */
export const domainEventSchema = z.discriminatedUnion('type', [
  /** Created, edited, duplicated, cloned, or its stored figures recomputed. */
  z.strictObject({ type: z.literal('quote.saved'), quoteId: idSchema }),
  z.strictObject({ type: z.literal('quote.deleted'), quoteId: idSchema }),
  /** Created, edited, moved in the workflow, or anything else on its row changed. */
  z.strictObject({ type: z.literal('proposal.saved'), proposalId: idSchema }),
  /** It links another quote (or none): the quote it left loses this proposal's status. */
  z.strictObject({
    type: z.literal('proposal.relinked'),
    proposalId: idSchema,
    fromQuoteId: idSchema.nullable(),
    toQuoteId: idSchema.nullable(),
  }),
  /** Sent: a version was frozen. */
  z.strictObject({ type: z.literal('version.frozen'), proposalId: idSchema, versionNumber: z.int().positive() }),
  /** Created or edited (contacts, dates, status, key account). */
  z.strictObject({ type: z.literal('client.saved'), clientId: idSchema }),
  /** Its name changed: the name is in the words of all of its work. */
  z.strictObject({ type: z.literal('client.renamed'), clientId: idSchema }),
  z.strictObject({ type: z.literal('client.deleted'), clientId: idSchema }),
  /** Set up (with the demo agency), imported from an archive, or restored: anything may have changed. */
  z.strictObject({ type: z.literal('workspace.replaced') }),
]);

export type DomainEvent = z.infer<typeof domainEventSchema>;
export type DomainEventType = DomainEvent['type'];
export const DOMAIN_EVENT_TYPES = domainEventSchema.options.map((o) => o.shape.type.value) as DomainEventType[];
