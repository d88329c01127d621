import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { needsToken } from '../api';
import { Providers } from './providers';
import { createAppRouter } from './router';
import { TokenPage } from './TokenPage';

export function App() {
  // Created once, after main.tsx took the token out of the address.
  const [router] = useState(createAppRouter);
  return <Providers>{needsToken() ? <TokenPage /> : <RouterProvider router={router} />}</Providers>;
}
