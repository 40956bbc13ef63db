import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '../../lambda/persistence/client';
import { namespaceAvailable, startDynamoLocal } from '../../tools/dynamoLocal';
import type { LocalDynamo } from '../../tools/dynamoLocal';

/** Connect to host:port: 'refused' (or unreachable) unless something accepts. */
function tryConnect(host: string, port: number): Promise<'accepted' | 'refused'> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('accepted');
    });
    socket.once('error', () => resolve('refused'));
    socket.once('timeout', () => {
      socket.destroy();
      resolve('refused');
    });
  });
}

/** Every process below pid (children, grandchildren …), from /proc. */
function descendants(pid: number): number[] {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
  );
  return children.flatMap((child) => [child, ...descendants(child)]);
}

const outsideAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
  .map((a) => a!.address);

const onLinuxWithNamespaces = namespaceAvailable() ? describe : describe.skip;

onLinuxWithNamespaces('DynamoDB Local in its private network namespace', () => {
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startDynamoLocal({ isolation: 'auto' });
  }, 60_000);
  afterAll(() => dynamo?.stop());

  it('is chosen by default where Linux allows it, and answers on 127.0.0.1', async () => {
    expect(dynamo.isolation).toBe('namespace');
    expect(dynamo.endpoint).toBe(`http://127.0.0.1:${dynamo.port}`);
    const client = createDynamoClient({ endpoint: dynamo.endpoint });
    try {
      expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual([]);
    } finally {
      client.destroy();
    }
  });

  it('runs java in another network namespace than this process, so no interface here reaches it', () => {
    const java = descendants(dynamo.process.pid!).filter((pid) =>
      readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('DynamoDBLocal.jar'),
    );
    expect(java).toHaveLength(1);
    expect(readlinkSync(`/proc/${java[0]}/ns/net`)).not.toBe(readlinkSync('/proc/self/ns/net'));
  });

  it('refuses connections on every other address of this machine', async () => {
    for (const address of outsideAddresses) {
      expect(await tryConnect(address, dynamo.port)).toBe('refused');
    }
    expect(await tryConnect('127.0.0.1', dynamo.port)).toBe('accepted');
  });

  it('comes back on the same port after a stop, as the outage test needs', async () => {
    const port = dynamo.port;
    await dynamo.stop();
    expect(await tryConnect('127.0.0.1', port)).toBe('refused');
    dynamo = await startDynamoLocal({ port });
    expect(await tryConnect('127.0.0.1', port)).toBe('accepted');
  }, 60_000);
});

describe('DynamoDB Local without isolation', () => {
  it('still starts when asked to, for machines without user namespaces', async () => {
    const plain = await startDynamoLocal({ isolation: 'none' });
    try {
      expect(plain.isolation).toBe('none');
      expect(await tryConnect('127.0.0.1', plain.port)).toBe('accepted');
    } finally {
      await plain.stop();
    }
  }, 60_000);
});
