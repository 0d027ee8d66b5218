import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP relay between the app and PostgreSQL, so a test can take the database away from a running app: `cut`
 * drops every open connection and refuses new ones (nothing listens on the port), `restore` listens again on
 * the same port.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  /** Connections relayed since the start, for tests that want to see the app reconnect. */
  connectionsAccepted = 0;

  private constructor(
    private readonly target: { host: string; port: number },
    private listenPort: number,
  ) {}

  /** Relays a free local port to `target`. */
  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(target, 0);
    await proxy.restore();
    return proxy;
  }

  /** A copy of `databaseUrl` that goes through this proxy. */
  static urlThrough(databaseUrl: string, port: number): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(port);
    return url.toString();
  }

  get port(): number {
    return this.listenPort;
  }

  get isCut(): boolean {
    return this.server === null;
  }

  /** Drops all relayed connections at once and stops listening: new connections are refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Listens again, on the port it had (a free one the first time). */
  async restore(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => this.relay(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.listenPort, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address();
    if (address && typeof address === 'object') this.listenPort = address.port;
    this.server = server;
  }

  async stop(): Promise<void> {
    await this.cut();
  }

  private relay(client: Socket): void {
    if (!this.server) {
      client.destroy();
      return;
    }
    this.connectionsAccepted += 1;
    const upstream = createConnection(this.target);
    this.sockets.add(client);
    this.sockets.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
