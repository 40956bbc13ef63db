import { createDynamoClient } from '../../lambda/persistence/client';

/** With a local endpoint: the environment's keys when index.ts passes them, the fixed local key otherwise. */
describe('DynamoDB client credentials', () => {
  it.each([
    ['no keys given: the fixed local key', undefined, { accessKeyId: 'local', secretAccessKey: 'local' }],
    [
      'keys from the environment',
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    ],
  ])('%s', async (_label, credentials, expected) => {
    const client = createDynamoClient({ endpoint: 'http://127.0.0.1:8000', credentials });
    const resolved = await client.config.credentials();
    expect({ accessKeyId: resolved.accessKeyId, secretAccessKey: resolved.secretAccessKey }).toEqual(expected);
    client.destroy();
  });
});
