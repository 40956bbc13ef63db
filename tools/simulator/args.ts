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
}

export const USAGE = `Bekkenbodem coach simulator

  npm start                         interactive: type what you would say to Alexa
  npm start -- --say "open bekkenbodem coach" --say "ja"
                                    scripted: each --say is one turn, then it exits
Options:
  --realtime        print each cue at the moment Alexa would say it (train along)
  --screen          be an Echo Show: print what the screen shows beside the speech
  --user ID         talk as another user (default: simulator-user)
  --data DIR        where DynamoDB Local keeps its files (default: .data/dynamodb)
  --seed N          which variants of praise and greetings you hear (default: 1)
  --help            this text

In the conversation: an empty line is silence-free nonsense (the fallback), "/quit" ends.`;

export function parseArgs(argv: readonly string[]): SimulatorArgs {
  const says: string[] = [];
  let realtime = false;
  let screen = false;
  let dataDir = '.data/dynamodb';
  let userId = 'simulator-user';
  let help = false;
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--say') says.push(argv[++i] ?? '');
    else if (arg === '--realtime') realtime = true;
    else if (arg === '--screen') screen = true;
    else if (arg === '--data') dataDir = argv[++i] ?? dataDir;
    else if (arg === '--user') userId = argv[++i] ?? userId;
    else if (arg === '--seed') seed = Number(argv[++i]);
    else if (arg === '--help' || arg === '-h') help = true;
    else throw new Error(`Unknown option ${arg}\n\n${USAGE}`);
  }
  if (!Number.isInteger(seed)) throw new Error(`--seed takes a whole number\n\n${USAGE}`);
  return { says, realtime, screen, dataDir, userId, help, seed };
}
