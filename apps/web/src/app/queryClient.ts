import { QueryClient } from '@tanstack/react-query';
import { isProblem } from '../api/problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will answer the same again; only network trouble and 5xx are retried.
        retry: (count, error) => count < 2 && !(isProblem(error) && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
