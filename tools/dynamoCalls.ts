import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Counts the DynamoDB calls that really go out, by command name (retries not counted twice). */
export function countCalls(client: DynamoDBClient): Map<string, number> {
  const counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'countCalls' },
  );
  return counts;
}
