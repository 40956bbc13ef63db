import { startDynamoLocal } from '../../tools/dynamoLocal';
import type { LocalDynamo } from '../../tools/dynamoLocal';
import { IntentClassifier } from '../../tools/nlu/classifier';
import { loadModel } from '../../tools/nlu/interactionModel';

/** One in-memory DynamoDB Local for the whole run; every test file makes its own table. */
export default async function globalSetup(): Promise<void> {
  // The resolver's classifier, trained once into .cache/nlu/ (seconds) before the workers start,
  // so they load it rather than each train it at the same time.
  const [dynamo] = await Promise.all([startDynamoLocal(), IntentClassifier.forModel(loadModel())]);
  (globalThis as { __dynamo?: LocalDynamo }).__dynamo = dynamo;
  // Workers start after this and inherit the environment.
  process.env.TEST_DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
}
