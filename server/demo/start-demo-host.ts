import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createHostApp, type HostAppOptions } from './host-app.ts';

export type RunningHost = { url: string; port: number; close: () => Promise<void> };

/**
 * Serves the demo council website on 127.0.0.1 (port 0 picks a free one). Heard itself is
 * reached as localhost, so the two are different origins, as a partner and Heard are.
 */
export async function startDemoHost(
  options: HostAppOptions & { port: number; hostname?: string },
): Promise<RunningHost> {
  const app = createHostApp(options);
  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolveServer(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${hostname}:${port}`,
    port,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
