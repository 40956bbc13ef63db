import { createDynamoClient, documentClient } from '../../lambda/persistence/client';
import { DynamoUserStore } from '../../lambda/persistence/dynamoUserStore';
import { ensureTable } from '../../lambda/persistence/tableSetup';
import { localDate } from '../../lambda/skill/calendar';
import { startDynamoLocal } from '../dynamoLocal';
import { percentile } from '../report/stats';
import { markdownTable } from '../report/table';
import { seededRandom } from '../seededRandom';
import type { Handler } from '../simulator/session';
import type { TurnResult } from './trainingConversation';
import { COMPLETED_PER_CONVERSATION, playTrainingConversation, TRAINING_CONVERSATION } from './trainingConversation';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SlowCalls } from './slowCalls';
import { SLOW_CALL_MS, slowDown } from './slowCalls';

/**
 * npm run load [-- --users 200 --timeout 300] [-- --slow [--seed 1]]: N simulated users talk to the real Lambda
 * handler (lambda/index.ts, its own DynamoDB client and store) at the same time, each
 * through a whole training conversation, against DynamoDB Local in memory on a free
 * loopback port. Reports errors and lost or double-counted sessions (all must be 0) and
 * the latency per turn. Exits non-zero when any of them is not 0. Not a test: a measurement.
 * --slow makes every DynamoDB call of the handler 1-3 s slower (tools/load/slowCalls.ts) and
 * lets the users arrive within the first 10 s instead of in one instant: each conversation then
 * lasts 10-30 s, so they all overlap, and the figures no longer depend on how fast this machine
 * (2 shared cores here) absorbs 200 first turns at once.
 */
const TABLE = 'bekkenbodem-coach-load';
/** With --slow, the users arrive at random moments within this window. */
const SLOW_ARRIVALS_MS = 10_000;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

/** The skill logs one JSON line per request to stdout; during the run they are counted, not printed. */
function captureSkillLogs(): { errors: () => number; storage: () => number; restore: () => void } {
  const original = console.log;
  let errors = 0;
  let storage = 0;
  console.log = (...args: unknown[]) => {
    const event = typeof args[0] === 'string' && args[0].startsWith('{') ? (JSON.parse(args[0]) as { event?: string }).event : undefined;
    if (event === 'error') errors += 1;
    else if (event === 'storage') storage += 1;
    else if (event !== 'request') original(...args);
  };
  return { errors: () => errors, storage: () => storage, restore: () => (console.log = original) };
}

async function withDeadline<T>(work: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the load run did not finish within ${seconds} s`)), seconds * 1000);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<number> {
  // Node 20 is what this machine has; the SDK's notice about Node 22 would only clutter the table.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const users = option('users', 200);
  const timeoutSeconds = option('timeout', 300);
  const slowSeed = process.argv.includes('--slow') ? option('seed', 1) : undefined;
  const dynamo = await startDynamoLocal();
  const verifyClient = createDynamoClient({ endpoint: dynamo.endpoint });
  try {
    await ensureTable(verifyClient, TABLE);
    process.env.TABLE_NAME = TABLE;
    process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
    delete process.env.SKILL_ID;
    const logs = captureSkillLogs();
    let results: TurnResult[][];
    const run = `${Date.now()}`;
    let slow: SlowCalls | undefined;
    let active = 0;
    let peakActive = 0;
    const userIds = Array.from({ length: users }, (_, i) => `amzn1.ask.account.load-${run}-${i}`);
    const started = performance.now();
    try {
      // Required only now: the composition root reads TABLE_NAME and DYNAMODB_ENDPOINT when loaded.
      // Seeded before the composition root wires it: every run says the same words.
      Math.random = seededRandom(1);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { handler, dynamo: handlerClient } = require('../../lambda/index') as { handler: Handler; dynamo: DynamoDBClient };
      if (slowSeed !== undefined) slow = slowDown(handlerClient, seededRandom(slowSeed));
      const arrival = seededRandom((slowSeed ?? 0) + 1);
      const play = async (userId: string) => {
        // Slow runs spread the users' arrivals, so the figures measure slow storage, not how fast this machine absorbs a burst.
        if (slowSeed !== undefined) await new Promise((resolve) => setTimeout(resolve, arrival() * SLOW_ARRIVALS_MS));
        active += 1;
        peakActive = Math.max(peakActive, active);
        try {
          return await playTrainingConversation(handler, userId);
        } finally {
          active -= 1;
        }
      };
      results = await withDeadline(Promise.all(userIds.map(play)), timeoutSeconds);
    } finally {
      logs.restore();
    }
    const wallSeconds = (performance.now() - started) / 1000;
    const stored = await storedCounts(new DynamoUserStore(documentClient(verifyClient), TABLE), userIds);
    return report({
      users,
      results,
      wallSeconds,
      skillErrors: logs.errors(),
      storageErrors: logs.storage(),
      slow,
      slowSeed,
      peakActive,
      ...stored,
    });
  } finally {
    verifyClient.destroy();
    await dynamo.stop();
  }
}

/**
 * Compares what the database holds with what the users completed, read with a client of
 * our own: today and the days before it (a run may cross midnight).
 */
async function storedCounts(
  store: DynamoUserStore,
  userIds: readonly string[],
): Promise<{ lost: number; doubled: number; wrongCounters: number }> {
  const expected = COMPLETED_PER_CONVERSATION;
  let lost = 0;
  let doubled = 0;
  let wrongCounters = 0;
  for (const userId of userIds) {
    const snapshot = await store.load({ userId }, localDate(new Date()));
    const days = [snapshot.today, ...snapshot.recentDays];
    const sum = (counter: 'sessions' | 'repetitions' | 'quickSets') => days.reduce((total, day) => total + day[counter], 0);
    lost += Math.max(0, expected.sessions - sum('sessions'));
    doubled += Math.max(0, sum('sessions') - expected.sessions);
    if (sum('repetitions') !== expected.repetitions || sum('quickSets') !== expected.quickSets) wrongCounters += 1;
  }
  return { lost, doubled, wrongCounters };
}

interface Outcome {
  readonly users: number;
  readonly results: TurnResult[][];
  readonly wallSeconds: number;
  readonly skillErrors: number;
  readonly storageErrors: number;
  readonly lost: number;
  readonly doubled: number;
  readonly wrongCounters: number;
  readonly slow?: SlowCalls;
  readonly slowSeed?: number;
  readonly peakActive: number;
}

function report(o: Outcome): number {
  const turns = o.results.flat();
  const problems = turns.filter((turn) => turn.problem !== undefined);
  const sessions = o.users * COMPLETED_PER_CONVERSATION.sessions;
  console.log(
    `\nLoad: ${o.users} simulated users in parallel, each ${TRAINING_CONVERSATION.length} turns (${COMPLETED_PER_CONVERSATION.sessions} trainings), real handler, DynamoDB Local in memory\n`,
  );
  if (o.slow) {
    const d = o.slow.delaysMs;
    console.log(
      `Slow: every DynamoDB call of the handler ${SLOW_CALL_MS.min / 1000}-${SLOW_CALL_MS.max / 1000} s slower (seed ${o.slowSeed}): ` +
        `${d.length} calls, delay p50 ${percentile(d, 50).toFixed(0)} ms, max ${Math.max(...d).toFixed(0)} ms; users arrive within ${SLOW_ARRIVALS_MS / 1000} s\n`,
    );
  }
  console.log(
    markdownTable(
      ['figure', 'value', 'must be'],
      [
        ['turns answered', `${turns.length}`, `${o.users * TRAINING_CONVERSATION.length}`],
        ['errors (wrong or failed answers, exceptions)', `${problems.length}`, '0'],
        ['skill error / storage log lines', `${o.skillErrors} / ${o.storageErrors}`, '0 / 0'],
        ['completed sessions', `${sessions}`, ''],
        ['most users in a conversation at once', `${o.peakActive}`, ''],
        ['lost sessions', `${o.lost}`, '0'],
        ['sessions counted twice', `${o.doubled}`, '0'],
        ['users with wrong repetition or quick-set counts', `${o.wrongCounters}`, '0'],
        ['turns over the 8 s Alexa waits', `${turns.filter((t) => t.ms > 8000).length}`, ''],
        ['wall time', `${o.wallSeconds.toFixed(1)} s (${(turns.length / o.wallSeconds).toFixed(0)} turns/s)`, ''],
      ],
    ),
  );
  const labels = [...new Set(TRAINING_CONVERSATION.map((t) => t.label))];
  const row = (label: string, ms: number[]) => [
    label,
    `${ms.length}`,
    percentile(ms, 50).toFixed(1),
    percentile(ms, 99).toFixed(1),
    Math.max(...ms).toFixed(1),
  ];
  console.log('\nLatency per turn (handler time incl. DynamoDB Local, ms)\n');
  console.log(
    markdownTable(
      ['turn', 'count', 'p50', 'p99', 'max'],
      [
        ...labels.map((label) =>
          row(
            label,
            turns.filter((t) => t.label === label).map((t) => t.ms),
          ),
        ),
        row(
          'all turns',
          turns.map((t) => t.ms),
        ),
      ],
    ),
  );
  for (const problem of [...new Set(problems.map((p) => p.problem))].slice(0, 10)) console.log(`problem: ${problem}`);
  return problems.length === 0 && o.skillErrors === 0 && o.storageErrors === 0 && o.lost === 0 && o.doubled === 0 && o.wrongCounters === 0
    ? 0
    : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
