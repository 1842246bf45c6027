import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/app.ts';
import { createTestDeps, type TestDeps } from './test-deps.ts';

export type RunningHeard = {
  url: string;
  port: number;
  deps: TestDeps;
  close: () => Promise<void>;
};

/**
 * The real Heard app over real HTTP on a free loopback port, with its own database.
 * Served on "localhost" so a host page on 127.0.0.1 is a different origin, as in real life.
 */
export async function startHeard(
  options: Parameters<typeof createTestDeps>[0] = {},
): Promise<RunningHeard> {
  const deps = await createTestDeps(options);
  const app = createApp(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    deps,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.cleanup();
    },
  };
}
