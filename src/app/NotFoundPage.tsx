// Any path the app does not know: say so, and offer the way home.
import { Link } from 'react-router';
import { EmptyState } from '../ui/EmptyState.tsx';

export function NotFoundPage() {
  return (
    <>
      <title>Page not found</title>
      <h1 className="visually-hidden">Page not found</h1>
      <EmptyState title="There is no page here">
        <p>
          <Link to="/">See the latest stories</Link>
        </p>
      </EmptyState>
    </>
  );
}
