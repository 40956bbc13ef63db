import { createDynamoClient, documentClient, SETUP_LIMITS } from '../../lambda/persistence/client';
import { DynamoUserStore } from '../../lambda/persistence/dynamoUserStore';
import { ensureTable } from '../../lambda/persistence/tableSetup';
import { localDate } from '../../lambda/skill/calendar';
import { startDynamoLocal } from '../dynamoLocal';
import { percentile } from '../report/stats';
import { markdownTable } from '../report/table';
import { seededRandom } from '../seededRandom';
import type { Handler } from '../simulator/session';
import type { ConversationOutcome } from './trainingConversation';
import { COMPLETED_PER_CONVERSATION, playTrainingConversation, TRAINING_CONVERSATION } from './trainingConversation';
import type { SlowCalls } from './slowCalls';
import { emptySlowCalls, SLOW_ATTEMPT_MS, slowDown } from './slowCalls';
import { newLambdaInstance } from './instances';
import { WARM_UP, warmUpEngine } from './warmUp';
import { TURN_LIMITS } from '../../lambda/skill/persist';

/** Lambda stops the function at 7 s (infra FUNCTION_LIMITS); Alexa waits 8 s. The stricter one is enforced. */
const LAMBDA_TIMEOUT_MS = 7000;
const ALEXA_WAIT_MS = 8000;

/**
 * npm run load [-- --users 200 --timeout 300] [-- --slow [--seed 1]]: N simulated users talk to the real Lambda
 * handler (lambda/index.ts, its own DynamoDB client and store) at the same time, each
 * through a whole training conversation, against DynamoDB Local in memory on a free
 * loopback port. Alexa's and Lambda's limits are enforced: an answer later than Lambda's 7 s
 * is a failed turn, dropped with its session attributes as Alexa would, and its session ends.
 * Afterwards the hand-off queue is applied as its consumer would (lambda/index.ts holds it in
 * memory without a queue URL), and the table is compared with what every user heard.
 * Must be 0: turns past the deadline, completed sets played but not stored, sets counted
 * twice, profile changes lost, skill errors. Reported apart: users whose script diverged (an
 * honest "I could not save" is a divergence, not a loss). Not a test: a measurement.
 * --slow makes every attempt of every DynamoDB call 0.2-1.4 s slower inside the SDK's retry
 * loop (tools/load/slowCalls.ts), so a third of the attempts hit the client's real request
 * timeout, and lets the users arrive within the first 10 s instead of in one instant.
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
function captureSkillLogs(): { errors: () => number; storage: () => number; metrics: () => Map<string, number>; restore: () => void } {
  const original = console.log;
  const write = process.stdout.write.bind(process.stdout);
  const metrics = new Map<string, number>();
  // EMF metric lines (lambda/services/metrics.ts) go straight to stdout: counted by name.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : '';
    if (text.startsWith('{"_aws"')) {
      const line = JSON.parse(text) as Record<string, unknown> & { _aws: { CloudWatchMetrics: { Metrics: { Name: string }[] }[] } };
      for (const { Name } of line._aws.CloudWatchMetrics[0].Metrics) metrics.set(Name, (metrics.get(Name) ?? 0) + Number(line[Name]));
      return true;
    }
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  let errors = 0;
  let storage = 0;
  console.log = (...args: unknown[]) => {
    const event = typeof args[0] === 'string' && args[0].startsWith('{') ? (JSON.parse(args[0]) as { event?: string }).event : undefined;
    if (event === 'error') errors += 1;
    else if (event === 'storage') storage += 1;
    else if (event !== 'request' && event !== 'handled') original(...args);
  };
  return {
    errors: () => errors,
    storage: () => storage,
    metrics: () => metrics,
    restore: () => {
      console.log = original;
      process.stdout.write = write as typeof process.stdout.write;
    },
  };
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
  const verifyClient = createDynamoClient({ endpoint: dynamo.endpoint }, SETUP_LIMITS);
  try {
    await ensureTable(verifyClient, TABLE);
    const warmUpSeconds = await warmUpEngine(verifyClient, TABLE);
    process.env.TABLE_NAME = TABLE;
    process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
    delete process.env.SKILL_ID;
    const logs = captureSkillLogs();
    let results: ConversationOutcome[];
    let handedOff = 0;
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
      // One execution environment per user, as Lambda gives concurrent invocations (tools/load/instances.ts).
      const instances = userIds.map(() => newLambdaInstance());
      if (slowSeed !== undefined) {
        const random = seededRandom(slowSeed);
        slow = emptySlowCalls();
        for (const instance of instances) slowDown(instance.dynamo, random, slow);
      }
      const arrival = seededRandom((slowSeed ?? 0) + 1);
      // Handlers still running, answered too late or not: the hand-off is applied after the last.
      let inFlight = 0;
      const counted =
        (handler: Handler): Handler =>
        async (event) => {
          inFlight += 1;
          try {
            return await handler(event);
          } finally {
            inFlight -= 1;
          }
        };
      const play = async (userId: string, i: number) => {
        // Slow runs spread the users' arrivals, so the figures measure slow storage, not how fast this machine absorbs a burst.
        if (slowSeed !== undefined) await new Promise((resolve) => setTimeout(resolve, arrival() * SLOW_ARRIVALS_MS));
        active += 1;
        peakActive = Math.max(peakActive, active);
        try {
          return await playTrainingConversation(counted(instances[i].handler), userId, LAMBDA_TIMEOUT_MS);
        } finally {
          active -= 1;
        }
      };
      results = await withDeadline(Promise.all(userIds.map(play)), timeoutSeconds);
      // Turns dropped past the deadline may still be running: they finish before the queue is applied.
      while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      // The queue's consumer: a fresh client, no slowness, as a later Lambda invocation would have.
      const consumer = new DynamoUserStore(documentClient(verifyClient), TABLE);
      for (const { handoff } of instances) {
        handedOff += handoff.held.length;
        await handoff.drain(consumer);
      }
    } finally {
      logs.restore();
    }
    const wallSeconds = (performance.now() - started) / 1000;
    const stored = await storedCounts(new DynamoUserStore(documentClient(verifyClient), TABLE), userIds, results);
    return report({
      users,
      results,
      wallSeconds,
      skillErrors: logs.errors(),
      storageErrors: logs.storage(),
      metrics: logs.metrics(),
      handedOff,
      slow,
      slowSeed,
      peakActive,
      warmUpSeconds,
      ...stored,
    });
  } finally {
    verifyClient.destroy();
    await dynamo.stop();
  }
}

/**
 * Compares what the database holds with what each user heard, read with a client of our own:
 * today and the days before it (a run may cross midnight). A startblok set adds 6 repetitions,
 * a quick set one quick set; a training (session) is counted with its quick set.
 */
async function storedCounts(store: DynamoUserStore, userIds: readonly string[], outcomes: readonly ConversationOutcome[]) {
  let playedNotStored = 0;
  let doubled = 0;
  let profileLost = 0;
  let wrongCounters = 0;
  for (const [i, userId] of userIds.entries()) {
    const outcome = outcomes[i];
    const snapshot = await store.load({ userId }, localDate(new Date()));
    const days = [snapshot.today, ...snapshot.recentDays];
    const sum = (counter: 'sessions' | 'repetitions' | 'quickSets') => days.reduce((total, day) => total + day[counter], 0);
    const sets = Math.floor(sum('repetitions') / 6) + sum('quickSets');
    playedNotStored += Math.max(0, outcome.setsPlayed - sets);
    doubled += Math.max(0, sets - outcome.setsAttempted);
    // A training counts when its quick set does; repetitions may hold a half set (a session ended mid-set).
    if (sum('sessions') !== sum('quickSets')) wrongCounters += 1;
    const startblok = snapshot.profile.startblok;
    if (outcome.profileChangeTold && !(startblok?.holdSeconds === 4 && startblok.repetitions === 6)) profileLost += 1;
  }
  return { playedNotStored, doubled, profileLost, wrongCounters };
}

interface Outcome {
  readonly users: number;
  readonly results: ConversationOutcome[];
  readonly wallSeconds: number;
  readonly skillErrors: number;
  readonly storageErrors: number;
  readonly metrics: Map<string, number>;
  readonly handedOff: number;
  readonly playedNotStored: number;
  readonly doubled: number;
  readonly profileLost: number;
  readonly wrongCounters: number;
  readonly slow?: SlowCalls;
  readonly slowSeed?: number;
  readonly peakActive: number;
  readonly warmUpSeconds: number;
}

function report(o: Outcome): number {
  const turns = o.results.flatMap((r) => r.turns);
  const played = turns.filter((t) => !t.skipped);
  const answered = played.filter((t) => !t.pastDeadline);
  const pastDeadline = played.filter((t) => t.pastDeadline).length;
  const thrown = played.filter((t) => t.problem?.includes(': threw ')).length;
  const diverged = o.results.filter((r) => r.turns.some((t) => t.problem !== undefined)).length;
  const setsPlayed = o.results.reduce((n, r) => n + r.setsPlayed, 0);
  const withoutConsent = o.results.reduce((n, r) => n + r.setsWithoutConsent, 0);
  console.log(
    `\nLoad: ${o.users} simulated users in parallel, each ${TRAINING_CONVERSATION.length} turns (${COMPLETED_PER_CONVERSATION.sessions} trainings), real handler, DynamoDB Local in memory; ` +
      `Lambda's ${LAMBDA_TIMEOUT_MS / 1000} s enforced (the turn's own deadline: ${TURN_LIMITS.deadlineMs / 1000} s); ` +
      `one Lambda instance per user (its own client); the engine warmed first by ${WARM_UP.calls} calls in ${o.warmUpSeconds.toFixed(1)} s\n`,
  );
  if (o.slow) {
    const d = o.slow.delaysMs;
    console.log(
      `Slow: every attempt of every DynamoDB call of the handler ${SLOW_ATTEMPT_MS.min / 1000}-${SLOW_ATTEMPT_MS.max / 1000} s slower, inside the retry loop (seed ${o.slowSeed}): ` +
        `${d.length} attempts, ${o.slow.timedOut} timed out (${o.slow.lostReplies} of them after reaching the database); users arrive within ${SLOW_ARRIVALS_MS / 1000} s\n`,
    );
  }
  const metric = (name: string) => `${o.metrics.get(name) ?? 0}`;
  console.log(
    markdownTable(
      ['figure', 'value', 'must be'],
      [
        ['turns played (answered in time)', `${played.length} (${answered.length})`, `${o.users * TRAINING_CONVERSATION.length}`],
        [`turns past the deadline (answer later than ${LAMBDA_TIMEOUT_MS / 1000} s: dropped)`, `${pastDeadline}`, '0'],
        [`turns over the ${ALEXA_WAIT_MS / 1000} s Alexa waits`, `${played.filter((t) => t.ms > ALEXA_WAIT_MS).length}`, '0'],
        ['turns that threw', `${thrown}`, '0'],
        ['skill error log lines', `${o.skillErrors}`, '0'],
        ['completed sets played after a "ja" to storing', `${setsPlayed}`, ''],
        ['completed sets played before any "ja" to storing (never stored, by design)', `${withoutConsent}`, ''],
        ['completed sets played but not stored', `${o.playedNotStored}`, '0'],
        ['completed sets counted twice', `${o.doubled}`, '0'],
        ['users with inconsistent day counters', `${o.wrongCounters}`, '0'],
        ['profile changes lost (startblok told, not stored)', `${o.profileLost}`, '0'],
        ['users whose script diverged (honest "could not save/read", or a dropped turn)', `${diverged}`, ''],
        ['storage log lines / StorageFailures metric', `${o.storageErrors} / ${metric('StorageFailures')}`, ''],
        ['writes handed off at a session end (applied afterwards) / SavesGivenUp', `${o.handedOff} / ${metric('SavesGivenUp')}`, ''],
        ['most users in a conversation at once', `${o.peakActive}`, ''],
        ['wall time', `${o.wallSeconds.toFixed(1)} s (${(played.length / o.wallSeconds).toFixed(0)} turns/s)`, ''],
      ],
    ),
  );
  const labels = [...new Set(TRAINING_CONVERSATION.map((t) => t.label))];
  const row = (label: string, ms: number[]) =>
    ms.length === 0
      ? [label, '0', '', '', '']
      : [label, `${ms.length}`, percentile(ms, 50).toFixed(1), percentile(ms, 99).toFixed(1), Math.max(...ms).toFixed(1)];
  console.log('\nLatency per turn (handler time incl. DynamoDB Local, ms)\n');
  console.log(
    markdownTable(
      ['turn', 'count', 'p50', 'p99', 'max'],
      [
        ...labels.map((label) =>
          row(
            label,
            played.filter((t) => t.label === label).map((t) => t.ms),
          ),
        ),
        row(
          'all turns',
          played.map((t) => t.ms),
        ),
      ],
    ),
  );
  const problems = played.flatMap((t) => (t.problem ? [t.problem] : []));
  for (const problem of [...new Set(problems)].slice(0, 10)) console.log(`diverged: ${problem}`);
  return pastDeadline === 0 &&
    thrown === 0 &&
    o.skillErrors === 0 &&
    o.playedNotStored === 0 &&
    o.doubled === 0 &&
    o.profileLost === 0 &&
    o.wrongCounters === 0
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
