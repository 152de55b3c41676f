// The app: the query cache, the router under the site's base path, and the page frame around the routes.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Router } from 'wouter';
import { AppRoutes } from './AppRoutes.tsx';
import { Layout } from './Layout.tsx';
import { PageErrorBoundary } from './PageErrorBoundary.tsx';
import { replaceWhenSameUrl } from './replace-when-same-url.ts';
import { routerBase } from './router-base.ts';

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Router base={routerBase} aroundNav={replaceWhenSameUrl}>
        <PageErrorBoundary>
          <Layout>
            <AppRoutes />
          </Layout>
        </PageErrorBoundary>
      </Router>
    </QueryClientProvider>
  );
}
