import { startDynamoLocal } from '../../tools/dynamoLocal';
import type { LocalDynamo } from '../../tools/dynamoLocal';

/** One in-memory DynamoDB Local for the whole run; every test file makes its own table. */
export default async function globalSetup(): Promise<void> {
  const dynamo = await startDynamoLocal();
  (globalThis as { __dynamo?: LocalDynamo }).__dynamo = dynamo;
  // Workers start after this and inherit the environment.
  process.env.TEST_DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
}
