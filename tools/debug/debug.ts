import { join, resolve } from 'node:path';
import { startDynamoLocal } from '../dynamoLocal';
import { useLocalTable } from '../localTable';

/**
 * npm run debug -- --skill-id amzn1.ask.skill.… --access-token Atza|…: your Echo's requests to
 * the skill's development stage come to this machine (ask-sdk-local-debug over a WebSocket to
 * Alexa's EU debug endpoint) and are answered by the real handler on DynamoDB Local
 * (.data/dynamodb, as npm start). The token: ask util generate-lwa-tokens --scopes alexa::ask:skills:debug.
 */
const TABLE_NAME = 'bekkenbodem-coach';

function option(name: string, env: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : process.env[env];
  if (!value) throw new Error(`--${name} (or ${env}) is needed; see README, "Debug on your own Echo"`);
  return value;
}

async function main(): Promise<void> {
  const skillId = option('skill-id', 'SKILL_ID');
  const accessToken = option('access-token', 'ASK_ACCESS_TOKEN');
  const region = process.argv.includes('--region') ? option('region', 'ASK_DEBUG_REGION') : 'EU';
  const dynamo = await startDynamoLocal({ dbPath: resolve('.data', 'dynamodb') });
  process.on('SIGINT', () => void dynamo.stop().then(() => process.exit(130)));
  process.on('SIGTERM', () => void dynamo.stop().then(() => process.exit(143)));
  // However the debugger ends (its WebSocket closed, an error), DynamoDB Local goes with it.
  process.on('exit', () => dynamo.process.kill('SIGTERM'));
  process.env.SKILL_ID = skillId;
  await useLocalTable(dynamo.endpoint, TABLE_NAME);
  console.log(`DynamoDB Local on ${dynamo.endpoint}; waiting for requests of ${skillId} (region ${region}). Ctrl-C stops.`);
  process.argv = [
    process.argv[0],
    'LocalDebuggerInvoker',
    '--accessToken',
    accessToken,
    '--skillId',
    skillId,
    '--skillEntryFile',
    join(__dirname, 'callbackHandler.ts'),
    '--handlerName',
    'handler',
    '--region',
    region,
  ];
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the debugger starts when loaded
  require('ask-sdk-local-debug/dist/LocalDebuggerInvoker.js');
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
