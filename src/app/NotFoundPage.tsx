// Any path the app does not know: say so, and offer the way home.
import { Link } from 'wouter';
import { EmptyState } from '../ui/EmptyState.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <>
      <h1 className="visually-hidden">Page not found</h1>
      <EmptyState title="There is no page here">
        <p>
          <Link to="/">See the latest stories</Link>
        </p>
      </EmptyState>
    </>
  );
}
