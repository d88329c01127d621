import { contract, type CallName } from './index';

/**
 * The calls the audit log can name (its `action` is the call's name): every write, and the exports
 * of client documents, which are reads that leave a trace (who took which version). The export
 * area's capability probe writes nothing.
 */
export const AUDITED_CALLS: readonly CallName[] = (Object.keys(contract) as CallName[])
  .filter((name) => contract[name].write || (name.startsWith('export.') && name !== 'export.capabilities'))
  .sort();
