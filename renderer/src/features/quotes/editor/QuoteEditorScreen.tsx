import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { call, useCallQuery } from '../../../api';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { QuoteEditor } from './QuoteEditor';

const todayLocal = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** /quotes/:id — everything the editor needs, loaded together; the editor starts once it is all here. */
export function QuoteEditorScreen() {
  const id = Number(useParams().id);
  const today = todayLocal();
  // Read afresh for each opening (another window may have saved since), and never shared with
  // other screens' cache: the editor starts from this one read and keeps its own state after it.
  const [opened] = useState(() => Date.now());
  const record = useQuery({
    queryKey: ['quotes.get', { id }, opened],
    queryFn: () => call('quotes.get', { id }),
    staleTime: Infinity,
    gcTime: 0,
  });
  const draft = useQuery({
    queryKey: ['quotes.draftGet', { quoteId: id }, opened],
    queryFn: () => call('quotes.draftGet', { quoteId: id }),
    staleTime: Infinity,
    gcTime: 0,
  });
  const settings = useCallQuery('settings.get', {});
  const rateCard = useCallQuery('rateCard.list', { asOf: today });
  const market = useCallQuery('market.list', {});
  const clients = useCallQuery('clients.list', {});
  const users = useCallQuery('users.list', {});
  const all = [record, draft, settings, rateCard, market, clients, users] as const;
  const failed = all.find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!record.data || !draft.data || !settings.data || !rateCard.data || !market.data || !clients.data || !users.data)
    return <LoadingState />;
  return (
    <QuoteEditor
      key={id}
      record={record.data}
      settings={settings.data}
      rateCard={rateCard.data.items}
      market={market.data.items}
      clients={clients.data.items}
      users={users.data.items}
      draft={draft.data.draft}
      today={today}
    />
  );
}
