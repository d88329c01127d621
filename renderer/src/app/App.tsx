import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { needsToken } from '../api';
import { Providers } from './providers';
import { createAppRouter } from './router';
import { TokenPage } from './TokenPage';

export function App({ queryClient }: { queryClient: QueryClient }) {
  // Created once, after main.tsx took the token out of the address.
  const [router] = useState(createAppRouter);
  return (
    <Providers queryClient={queryClient}>{needsToken() ? <TokenPage /> : <RouterProvider router={router} />}</Providers>
  );
}
