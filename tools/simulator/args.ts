import { randomUUID } from 'node:crypto';
import { parseMoment } from './clock';
import { COMMANDS } from './simulator';

export interface SimulatorArgs {
  readonly says: string[];
  readonly realtime: boolean;
  /** Play an Echo Show: the request announces APL, and what the screen shows is printed. */
  readonly screen: boolean;
  readonly dataDir: string;
  readonly userId: string;
  readonly help: boolean;
  /** Chooses the variants of praise, greetings and closings: the same seed, the same words. */
  readonly seed: number;
  /** Where the skill's clock starts; it then runs with real time. Absent: now. */
  readonly at?: Date;
}

export const DEFAULT_USER = 'simulator-user';

export const USAGE = `Bekkenbodem coach simulator: talk to the real skill (its handlers, on DynamoDB Local) by typing.
Its language understanding is a stand-in for Alexa's (tools/nlu, on the skill's own interaction
model): what it gets wrong or right says little about what a real Echo will do.

  npm start                         interactive: type what you would say to Alexa
  npm start -- --say "open bekkenbodem coach" --say "ja"
                                    scripted: each --say is one turn, then it exits
  printf 'open bekkenbodem coach\\nja\\n' | npm start
                                    the same, from a file or a pipe (lines are shown as U: …)
Options:
  --at 2027-01-20T08:00   start the skill's clock there (Amsterdam time); it then runs with real time
  --fresh           talk as a new user, never seen before (a random user id)
  --user ID         talk as this user (default: ${DEFAULT_USER}, who is remembered between runs)
  --realtime        print each cue at the moment Alexa would say it (train along)
  --screen          be an Echo Show: print what the screen shows beside the speech
  --data DIR        where DynamoDB Local keeps its files (default: .data/dynamodb)
  --seed N          which variants of praise and greetings you hear (default: 1)
  --help            this text

In the conversation:
  an empty line     speech the skill does not understand (it reaches the fallback)
${COMMANDS}

Reminders go to a stand-in for the Alexa Reminders API inside the simulator: they, and the
permission, last until the simulator exits.`;

function usageError(message: string): Error {
  return new Error(`${message}\n\n${USAGE}`);
}

export function parseArgs(argv: readonly string[], newUserId: () => string = randomUUID): SimulatorArgs {
  const says: string[] = [];
  let realtime = false;
  let screen = false;
  let dataDir = '.data/dynamodb';
  let userId: string | undefined;
  let fresh = false;
  let help = false;
  let seed = 1;
  let at: Date | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--say') says.push(argv[++i] ?? '');
    else if (arg === '--realtime') realtime = true;
    else if (arg === '--screen') screen = true;
    else if (arg === '--data') dataDir = argv[++i] ?? dataDir;
    else if (arg === '--user') userId = argv[++i];
    else if (arg === '--fresh') fresh = true;
    else if (arg === '--seed') seed = Number(argv[++i]);
    else if (arg === '--at') {
      try {
        at = parseMoment(argv[++i] ?? '');
      } catch (error) {
        throw usageError(`--at: ${(error as Error).message}`);
      }
    } else if (arg === '--help' || arg === '-h') help = true;
    else throw usageError(`Unknown option ${arg}`);
  }
  if (!Number.isInteger(seed)) throw usageError('--seed takes a whole number');
  if (fresh && userId !== undefined) throw usageError('--fresh and --user exclude each other');
  if (userId === '') throw usageError('--user takes an id');
  const id = fresh ? `amzn1.ask.account.simulator-${newUserId()}` : (userId ?? DEFAULT_USER);
  return { says, realtime, screen, dataDir, userId: id, help, seed, at };
}
