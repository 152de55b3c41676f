// The last line of defence: a render error anywhere shows a page that offers a reload, not a blank screen.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from '../ui/ErrorState.tsx';

interface PageErrorBoundaryState {
  failed: boolean;
}

// React catches render errors only in a class component: there is no hook for it.
export class PageErrorBoundary extends Component<{ children: ReactNode }, PageErrorBoundaryState> {
  override state: PageErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): PageErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page">
        <h1 className="visually-hidden">Something went wrong</h1>
        <ErrorState title="Something went wrong on this page." onRetry={() => window.location.reload()}>
          Reloading usually helps.
        </ErrorState>
      </main>
    );
  }
}
