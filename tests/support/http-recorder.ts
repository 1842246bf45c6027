import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as it arrived: the raw body, so tests check exact bytes (signatures, JSON). */
export type Recorded = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
};

/** What the test server answers; `hang` never answers (the client's timeout must end it). */
export type Reply = { status: number; json?: unknown } | 'hang';

export type Recorder = {
  url: string;
  requests: Recorded[];
  /** Changes the answer for the requests that follow. */
  answer: (reply: (request: Recorded) => Reply) => void;
  close: () => Promise<void>;
};

/**
 * A real HTTP server on a free loopback port that records every request and answers as told,
 * standing in for GOV.UK Notify or a Board's webhook receiver.
 */
export async function startRecorder(reply: (request: Recorded) => Reply): Promise<Recorder> {
  let current = reply;
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: Recorded = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const answer = current(recorded);
      if (answer === 'hang') return;
      const body = answer.json === undefined ? '' : JSON.stringify(answer.json);
      res.writeHead(answer.status, body ? { 'Content-Type': 'application/json' } : {});
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (next) => {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening: connecting to it is refused. */
export async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
