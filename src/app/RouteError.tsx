// The last line of defence: a render error anywhere shows a page that offers a reload, not a blank screen.
import { useRouteError } from 'react-router';
import { ErrorState } from '../ui/ErrorState.tsx';

export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <main className="page">
      <h1 className="visually-hidden">Something went wrong</h1>
      <ErrorState title="Something went wrong on this page." onRetry={() => window.location.reload()}>
        Reloading usually helps.
      </ErrorState>
    </main>
  );
}
