import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { estimateSpeechSeconds } from '../../lambda/speech/durationEstimate';
import { readable, tokenize } from '../ssmlText';
import { screenLines } from '../screenText';
import { startDynamoLocal } from '../dynamoLocal';
import { useLocalTable } from '../localTable';
import type { LocalDynamo } from '../dynamoLocal';
import { seededRandom } from '../seededRandom';
import { parseArgs, USAGE } from './args';
import type { Handler } from './session';
import { SimulatedAlexa } from './session';

const TABLE_NAME = 'bekkenbodem-coach';
const sleep = (seconds: number) => new Promise((r) => setTimeout(r, seconds * 1000));

function speechOf(response: ResponseEnvelope): { ssml?: string; reprompt?: string; end: boolean } {
  const r = response.response;
  return {
    ssml: (r.outputSpeech as { ssml?: string } | undefined)?.ssml,
    reprompt: (r.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml,
    end: r.shouldEndSession !== false,
  };
}

/** Prints each sentence when Alexa would start it, so you can train along. */
async function playRealtime(ssml: string): Promise<void> {
  for (const token of tokenize(ssml)) {
    if (token.kind === 'break') {
      await sleep(token.seconds);
      continue;
    }
    process.stdout.write(`A: ${token.text}\n`);
    await sleep(estimateSpeechSeconds(token.text));
  }
}

async function show(response: ResponseEnvelope, realtime: boolean, note?: string): Promise<void> {
  if (note) console.log(`   (${note})`);
  const { ssml, reprompt, end } = speechOf(response);
  if (ssml !== undefined) {
    if (realtime) await playRealtime(ssml);
    else console.log(`A: ${readable(ssml)}`);
  }
  if (reprompt !== undefined) console.log(`   (als je niets zegt: ${readable(reprompt)})`);
  for (const directive of response.response.directives ?? []) {
    if (directive.type === 'Alexa.Presentation.APL.RenderDocument') {
      for (const line of screenLines(directive)) console.log(`   [scherm] ${line}`);
      continue;
    }
    console.log(
      `   [${directive.type}${'name' in directive ? ` ${String(directive.name)}` : ''}: Alexa zou nu zelf iets vragen; de simulator heeft geen Alexa-diensten]`,
    );
  }
  if (end) console.log('   [sessie gesloten: zeg "open bekkenbodem coach" om opnieuw te beginnen]');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  let dynamo: LocalDynamo | undefined;
  const stop = async () => {
    await dynamo?.stop();
  };
  process.on('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    dynamo = await startDynamoLocal({ dbPath: resolve(args.dataDir) });
    await useLocalTable(dynamo.endpoint, TABLE_NAME);
    // The composition root wires Math.random as the skill's randomness when it loads: seeded
    // here first, so a run hears the same variants of praise and greetings every time.
    Math.random = seededRandom(args.seed);
    // The real Lambda entry point, wired by its own composition root from the environment.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the environment is set
    const { handler } = require('../../lambda/index') as { handler: Handler };
    const alexa = new SimulatedAlexa((event) => handler(event), args.userId, args.screen);
    // Logs of the skill go to stderr-free silence here; the dialog is what matters.
    console.log = (
      (log) =>
      (...parts: unknown[]) => {
        if (typeof parts[0] === 'string' && parts[0].startsWith('{"event"')) return;
        log(...parts);
      }
    )(console.log);

    if (args.says.length > 0) {
      for (const said of args.says) {
        console.log(`U: ${said}`);
        const { response, note } = await alexa.hear(said);
        await show(response, args.realtime, note);
      }
      return;
    }
    console.log('Bekkenbodem coach simulator. Zeg bijvoorbeeld: open bekkenbodem coach. (/quit om te stoppen)');
    const lines = createInterface({ input: process.stdin, output: process.stdout, prompt: 'U: ' });
    lines.prompt();
    for await (const line of lines) {
      if (line.trim() === '/quit') break;
      const { response, note } = await alexa.hear(line);
      await show(response, args.realtime, note);
      lines.prompt();
    }
    lines.close();
  } finally {
    await stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
