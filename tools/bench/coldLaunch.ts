import { execFileSync } from 'node:child_process';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SimulatedAlexa } from '../simulator/session';
import { BUNDLE } from './coldImport';

/** The LaunchRequest Alexa would send for "open bekkenbodem coach", built by the simulator. */
async function launchEvent(userId: string): Promise<RequestEnvelope> {
  let captured: RequestEnvelope | undefined;
  await new SimulatedAlexa(async (event) => {
    captured = event;
    return { version: '1.0', response: {} };
  }, userId).hear('open bekkenbodem coach');
  return captured as RequestEnvelope;
}

const MARK = 'BENCH-RESULT ';

/**
 * Milliseconds for a fresh node process to require the bundle and answer a LaunchRequest
 * against DynamoDB Local (a returning user: one read). The bundle logs to stdout too, so
 * the child marks its own result line.
 */
export async function coldLaunchMs(endpoint: string, tableName: string, runs = 10): Promise<{ all: number[]; response: ResponseEnvelope }> {
  const event = JSON.stringify(await launchEvent('amzn1.ask.account.bench-cold-launch'));
  const script = `const t=process.hrtime.bigint();const {handler}=require(${JSON.stringify(BUNDLE)});handler(JSON.parse(process.env.BENCH_EVENT)).then((r)=>{process.stdout.write('\\n${MARK}'+JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,response:r})+'\\n')})`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_EVENT: event,
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  delete env.SKILL_ID;
  const once = () => {
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env });
    const line = out.split('\n').find((l) => l.startsWith(MARK));
    if (!line) throw new Error(`the bundle did not answer: ${out.slice(0, 300)}`);
    return JSON.parse(line.slice(MARK.length)) as { ms: number; response: ResponseEnvelope };
  };
  // The first launch ever welcomes the user and writes the profile; the timed ones are returning users.
  once();
  const results = Array.from({ length: runs }, once);
  return { all: results.map((r) => r.ms), response: results[results.length - 1].response };
}
