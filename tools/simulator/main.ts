import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSkill } from '../../lambda/buildSkill';
import { createDynamoClient, documentClient } from '../../lambda/persistence/client';
import { DynamoUserStore } from '../../lambda/persistence/dynamoUserStore';
import type { Logger } from '../../lambda/skill/log';
import { startDynamoLocal } from '../dynamoLocal';
import type { LocalDynamo } from '../dynamoLocal';
import { FakeRemindersApi } from '../fakeRemindersApi';
import { useLocalTable } from '../localTable';
import { seededRandom } from '../seededRandom';
import { DEFAULT_USER, parseArgs, USAGE } from './args';
import { describeMoment, SimulatedClock } from './clock';
import { SimulatedAlexa } from './session';
import type { Outcome } from './simulator';
import { Simulator } from './simulator';

const TABLE_NAME = 'bekkenbodem-coach';

/** The skill's own logs hold no words of the user; only its errors are worth showing here. */
const errorsOnly: Logger = (line) => {
  if (line.event === 'error') console.error(`   (fout in de skill: ${line.error ?? 'onbekend'})`);
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  let dynamo: LocalDynamo | undefined;
  const reminders = new FakeRemindersApi();
  const cleanUp = async () => {
    await reminders.stop().catch(() => undefined);
    await dynamo?.stop();
  };
  // Killed from outside: DynamoDB Local (a java process of its own) must not outlive us.
  process.once('SIGTERM', () => void cleanUp().finally(() => process.exit(143)));
  try {
    dynamo = await startDynamoLocal({ dbPath: resolve(args.dataDir) });
    await useLocalTable(dynamo.endpoint, TABLE_NAME);
    await reminders.start();
    const clock = new SimulatedClock(args.at);
    // The skill as index.ts builds it, but on the simulator's clock, so the days can be moved on.
    const skill = buildSkill({
      store: new DynamoUserStore(documentClient(createDynamoClient({ endpoint: dynamo.endpoint })), TABLE_NAME),
      now: () => clock.now(),
      newId: randomUUID,
      log: errorsOnly,
      random: seededRandom(args.seed),
    });
    const alexa = new SimulatedAlexa((event) => skill.invoke(event), args.userId, {
      screen: args.screen,
      apiEndpoint: reminders.endpoint,
      now: () => clock.now(),
    });
    const interactive = args.says.length === 0 && process.stdin.isTTY === true;
    const simulator = new Simulator({
      alexa,
      clock,
      reminders,
      realtime: args.realtime,
      echo: !interactive,
      print: (line) => console.log(line),
    });

    console.log("Bekkenbodem coach simulator. Let op: dit is niet Alexa. Wat je typt, begrijpt een eenvoudige vervanger van Alexa's");
    console.log(
      'taalbegrip; wat hij verkeerd of goed verstaat, zegt weinig over een echte Echo. De antwoorden komen wel van de echte skill.',
    );
    const who = args.userId === DEFAULT_USER ? `${DEFAULT_USER} (onthouden; --fresh voor een nieuwe)` : args.userId;
    console.log(`Klok: ${describeMoment(clock.now())}. Gebruiker: ${who}.`);

    // Ctrl-C: "Alexa, stop" during a real-time answer, else the end after the turn in progress.
    const interrupted = () => void simulator.interrupt();
    process.on('SIGINT', interrupted);
    if (args.says.length > 0) {
      for (const said of args.says) if ((await simulator.type(said)) === 'quit') break;
      return;
    }
    console.log("Zeg bijvoorbeeld: open bekkenbodem coach. Typ /help voor de commando's, /quit om te stoppen.");
    const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, prompt: 'U: ' });
    const after = (outcome: Promise<Outcome>) =>
      void outcome.then(
        (result) => {
          if (result === 'quit') lines.close();
          else if (interactive && !simulator.busy) lines.prompt();
        },
        (error: Error) => {
          console.error(error.message);
          lines.close();
        },
      );
    lines.on('line', (line) => after(simulator.type(line)));
    // In a terminal readline sees Ctrl-C; from a pipe it arrives as a signal.
    lines.on('SIGINT', () => after(simulator.interrupt()));
    process.off('SIGINT', interrupted);
    process.on('SIGINT', () => after(simulator.interrupt()));
    if (interactive) lines.prompt();
    await once(lines, 'close');
    // Input ended (Ctrl-D, end of the script, /quit): let the turn in progress finish first.
    await simulator.idle();
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
