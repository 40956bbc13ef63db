import type { LocalDynamo } from '../../tools/dynamoLocal';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __dynamo?: LocalDynamo }).__dynamo?.stop();
}
