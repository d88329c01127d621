import { editableSections } from '@shared/proposal';
import { CoreError } from '../errors';
import {
  deleteContentBlock,
  deleteTemplate,
  insertContentBlock,
  insertTemplate,
  listContentBlocks,
  listTemplates,
  readProposalSettings,
  writeProposalSettings,
} from '../repos/proposal-library';
import { findProposalRow } from '../repos/proposals';
import { isoNow } from '../time';
import { defineHandlers } from './types';

/** Templates, the reusable block library, and the proposal rules finance sets. */
export const proposalLibraryHandlers = defineHandlers({
  'proposalTemplates.list': async (_a, { db }) => ({ items: await listTemplates(db) }),

  'proposalTemplates.create': async (args, ctx) => {
    const source = await findProposalRow(ctx.db, args.fromProposalId);
    if (!source) throw new CoreError('not_found', 'error.not_found');
    // The sections only: client, quote and the pre-communication belong to one pitch.
    const sections = editableSections(JSON.parse(source.sections));
    const id = await insertTemplate(ctx.db, {
      name: args.name,
      sections: JSON.stringify(sections),
      by: ctx.actor?.id ?? null,
      at: isoNow(ctx.now),
    });
    ctx.audit({ entity: 'proposal_template', entityId: id, detail: { name: args.name, from: args.fromProposalId } });
    return (await listTemplates(ctx.db, id))[0]!;
  },

  'proposalTemplates.delete': async (args, ctx) => {
    if (!(await deleteTemplate(ctx.db, args.id))) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'proposal_template', entityId: args.id });
    return { id: args.id };
  },

  'contentBlocks.list': async (_a, { db }) => ({ items: await listContentBlocks(db) }),

  'contentBlocks.create': async (args, ctx) => {
    const id = await insertContentBlock(ctx.db, { ...args, by: ctx.actor?.id ?? null, at: isoNow(ctx.now) });
    ctx.audit({ entity: 'content_block', entityId: id, detail: { title: args.title, kind: args.kind } });
    return (await listContentBlocks(ctx.db, id))[0]!;
  },

  'contentBlocks.delete': async (args, ctx) => {
    if (!(await deleteContentBlock(ctx.db, args.id))) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'content_block', entityId: args.id });
    return { id: args.id };
  },

  'proposalSettings.get': async (_a, { db }) => readProposalSettings(db),

  'proposalSettings.update': async (args, ctx) => {
    // Admins only, by the contract's declaration (the dispatcher refuses everyone else).
    await writeProposalSettings(ctx.db, args, ctx.actor?.id ?? null, isoNow(ctx.now));
    ctx.audit({ entity: 'proposal_settings', detail: args });
    return readProposalSettings(ctx.db);
  },
});
