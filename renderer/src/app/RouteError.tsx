import { useRouteError } from 'react-router';
import { ErrorState } from '../components/ErrorState';

/** A screen that threw while rendering: say what, offer a reload, keep the rest of the app out of it. */
export function RouteError() {
  const error = useRouteError();
  return (
    <div className="fullpage">
      <div className="fullpage-card">
        <ErrorState error={error} onRetry={() => window.location.reload()} />
      </div>
    </div>
  );
}
