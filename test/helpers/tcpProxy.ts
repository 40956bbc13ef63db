import type { Server, Socket } from 'node:net';
import { connect, createServer } from 'node:net';

export type ProxyMode = 'forward' | 'blackHole';

export interface TcpProxy {
  readonly endpoint: string;
  /** forward: pass bytes both ways; blackHole: accept connections and never answer. */
  mode: ProxyMode;
  close(): Promise<void>;
}

/**
 * A loopback TCP proxy in front of a database endpoint that can turn into a black hole: new
 * connections are accepted and then ignored, the worst a network can do to a client (no
 * refusal to react to, only silence). Existing forwarded connections are cut when it does.
 */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let mode: ProxyMode = 'forward';
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server: Server = createServer((client) => {
    track(client);
    if (mode === 'blackHole') return;
    const upstream = connect(targetPort, '127.0.0.1');
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get mode() {
      return mode;
    },
    set mode(next: ProxyMode) {
      mode = next;
      // Kept-alive connections would otherwise still reach the database.
      if (next === 'blackHole') for (const socket of open) socket.destroy();
    },
    async close() {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
