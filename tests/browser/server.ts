/**
 * Serves test pages on 127.0.0.1. Chromium maps every host name to this server
 * (--host-resolver-rules), so a fixture can be served at its real-looking URL
 * (http://www.scmp.com/news/...) and the extension sees that URL.
 */
import { createServer, type Server } from 'node:http';

export type Route = { body: string; headers?: Record<string, string> };

export class FixtureServer {
  private routes = new Map<string, Route>();
  private server: Server | null = null;
  port = 0;

  /** Registers a page under host+path (host "*" matches any). */
  set(url: string, body: string, headers: Record<string, string> = {}): string {
    const u = new URL(url);
    this.routes.set(`${u.host}${u.pathname}${u.search}`, { body, headers });
    return url;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const key = `${(req.headers.host ?? '').replace(/:\d+$/, '')}${req.url ?? '/'}`;
      if (req.url === '/favicon.ico') {
        res.writeHead(204);
        res.end();
        return;
      }
      const route = this.routes.get(key) ?? this.routes.get(`*${req.url ?? '/'}`);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...route.headers });
      res.end(route.body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
