import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProposalDetail } from '@shared/contract';
import { useCallMutation, useCallQuery } from '../../api';
import { copyOf, type WorkingCopy } from './workingCopy';

/**
 * The proposal as loaded and the working copy being edited. The copy is taken once per proposal:
 * refetches after a save or a status change do not reset what is being typed.
 */
export function useProposalDraft(id: number) {
  const query = useCallQuery('proposals.get', { id });
  const [copy, setCopy] = useState<WorkingCopy | null>(null);
  const [dirty, setDirty] = useState(false);
  const loadedFor = useRef<number | null>(null);
  useEffect(() => {
    if (query.data && loadedFor.current !== id) {
      loadedFor.current = id;
      setCopy(copyOf(query.data));
      setDirty(false);
    }
  }, [query.data, id]);
  const save = useCallMutation('proposals.save');

  const edit = useCallback((change: (c: WorkingCopy) => WorkingCopy) => {
    setCopy((c) => (c ? change(c) : c));
    setDirty(true);
  }, []);

  /** Save if anything changed; the proposal as stored afterwards (with its new revision). */
  const ensureSaved = useCallback(async (): Promise<ProposalDetail> => {
    const current = query.data!;
    if (!dirty || !copy) return current;
    const saved = await save.mutateAsync({ id, revision: current.revision, ...copy });
    setDirty(false);
    return saved;
  }, [copy, dirty, id, query.data, save]);

  return { query, copy, dirty, edit, ensureSaved, saving: save.isPending, saveError: save.error };
}
