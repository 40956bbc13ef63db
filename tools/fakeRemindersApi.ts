import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
  readonly contentType?: string;
  readonly body: unknown;
}

/**
 * A local stand-in for the Alexa Reminders API on 127.0.0.1: it keeps the reminders it was
 * given and records every request, so a test can check exactly what the skill sent, and the
 * simulator (npm start) can let reminders be set without an Amazon account.
 */
export class FakeRemindersApi {
  readonly seen: SeenRequest[] = [];
  private readonly reminders = new Map<string, { alertToken: string; status: string; trigger: unknown }>();
  private server?: Server;
  private tokens = 0;
  /** Answer every request with this status instead (e.g. 401 for a withdrawn permission). */
  failWith?: number;
  /** Never answer (a hanging API). */
  hang = false;

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let text = '';
    for await (const chunk of req) text += chunk;
    this.seen.push({
      method: req.method ?? '',
      path: req.url ?? '',
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body: text ? JSON.parse(text) : undefined,
    });
    if (this.hang) return;
    const reply = (status: number, body?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (this.failWith) return reply(this.failWith, { code: 'UNAUTHORIZED', message: 'no permission' });
    if (req.method === 'POST' && req.url === '/v1/alerts/reminders') {
      const alertToken = `alert-${++this.tokens}`;
      this.reminders.set(alertToken, { alertToken, status: 'ON', trigger: (JSON.parse(text) as { trigger: unknown }).trigger });
      return reply(201, {
        alertToken,
        createdTime: '2026-11-23T08:00:00.000Z',
        status: 'ON',
        version: '1',
        href: `/v1/alerts/reminders/${alertToken}`,
      });
    }
    if (req.method === 'GET' && req.url === '/v1/alerts/reminders') {
      return reply(200, { totalCount: String(this.reminders.size), alerts: [...this.reminders.values()] });
    }
    const token = /^\/v1\/alerts\/reminders\/(.+)$/.exec(req.url ?? '')?.[1];
    if (req.method === 'DELETE' && token && this.reminders.delete(token)) return reply(200);
    return reply(404, { code: 'NOT_FOUND' });
  }
}
