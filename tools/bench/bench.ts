import { createDynamoClient, documentClient } from '../../lambda/persistence/client';
import { DynamoUserStore } from '../../lambda/persistence/dynamoUserStore';
import { ensureTable } from '../../lambda/persistence/tableSetup';
import { countCalls } from '../dynamoCalls';
import { startDynamoLocal } from '../dynamoLocal';
import { COMPLETED_PER_CONVERSATION, TRAINING_CONVERSATION, turnProblem } from '../load/trainingConversation';
import { MemoryUserStore } from '../memoryUserStore';
import { median, percentile } from '../report/stats';
import { markdownTable } from '../report/table';
import { bundleBytes, coldImportMs } from './coldImport';
import { coldLaunchMs } from './coldLaunch';
import { warmTurns } from './warmTurns';

/**
 * npm run bench: figures measured on this machine, printed as a table. Not a test: the
 * targets (issue 7, for a 2-core machine) are shown next to the figures, not asserted.
 * Starts its own DynamoDB Local in memory on a free loopback port and stops it.
 */
const TABLE = 'bekkenbodem-coach-bench';
const TARGETS = { bundleKb: 700, coldImportMs: 80, warmP99Ms: 5, readsPerSession: 1, writesPerSet: 1 } as const;
const WARM = { conversations: 300, warmup: 50 } as const;
const WARM_DB = { conversations: 100, warmup: 20 } as const;
const COLD_RUNS = 10;

const fixed = (value: number, digits = 1) => value.toFixed(digits);
const verdict = (ok: boolean) => (ok ? 'yes' : 'NO');
const spread = (values: number[]) => `min ${fixed(Math.min(...values))}, max ${fixed(Math.max(...values))}`;

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dynamo = await startDynamoLocal();
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  try {
    await ensureTable(client, TABLE);
    const kb = bundleBytes() / 1024;
    const cold = coldImportMs(COLD_RUNS);
    const launch = await coldLaunchMs(dynamo.endpoint, TABLE, COLD_RUNS);
    const launchProblem = turnProblem({ say: 'open bekkenbodem coach', label: 'cold launch', open: true }, launch.response);

    const memory = await warmTurns(new MemoryUserStore(), WARM.conversations, WARM.warmup);
    const calls = countCalls(client);
    const database = await warmTurns(new DynamoUserStore(documentClient(client), TABLE), WARM_DB.conversations, WARM_DB.warmup);
    const perConversation = (command: string) => (calls.get(command) ?? 0) / (WARM_DB.conversations + WARM_DB.warmup);
    const reads = perConversation('QueryCommand') + perConversation('GetItemCommand');
    const dayWrites = perConversation('UpdateItemCommand');
    const profileWrites = perConversation('PutItemCommand');
    const readsPerSession = reads / COMPLETED_PER_CONVERSATION.alexaSessions;
    const writesPerSet = dayWrites / COMPLETED_PER_CONVERSATION.completedSets;

    const problems = [...memory.problems, ...database.problems, ...(launchProblem ? [launchProblem] : [])];
    const p = (values: number[], q: number) => fixed(percentile(values, q), 2);
    console.log(
      `\nBenchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, full conversation = ${TRAINING_CONVERSATION.length} turns, 2 Alexa sessions, 2 trainings (4 completed sets)\n`,
    );
    console.log(
      markdownTable(
        ['figure', 'measured', 'target', 'met'],
        [
          ['bundle size (dist/lambda/index.js)', `${fixed(kb)} KB`, `<= ${TARGETS.bundleKb} KB`, verdict(kb <= TARGETS.bundleKb)],
          [
            `cold import of the bundle, median of ${COLD_RUNS} fresh processes`,
            `${fixed(cold.median)} ms (${spread(cold.all)})`,
            `<= ${TARGETS.coldImportMs} ms`,
            verdict(cold.median <= TARGETS.coldImportMs),
          ],
          [
            `fresh process: import + answer a LaunchRequest on DynamoDB Local, median of ${COLD_RUNS}`,
            `${fixed(median(launch.all))} ms (${spread(launch.all)})`,
            '',
            '',
          ],
          [
            `warm turn, in-memory store (excl. database), p50 / p99 of ${memory.turns.length} turns`,
            `${p(memory.turns, 50)} / ${p(memory.turns, 99)} ms`,
            `p99 <= ${TARGETS.warmP99Ms} ms`,
            verdict(percentile(memory.turns, 99) <= TARGETS.warmP99Ms),
          ],
          [
            `warm turn, DynamoDB Local (incl. database), p50 / p99 of ${database.turns.length} turns`,
            `${p(database.turns, 50)} / ${p(database.turns, 99)} ms`,
            '',
            '',
          ],
          [
            'DynamoDB reads per Alexa session (Query + GetItem)',
            fixed(readsPerSession, 2),
            `<= ${TARGETS.readsPerSession}`,
            verdict(readsPerSession <= TARGETS.readsPerSession),
          ],
          [
            'DynamoDB day writes per completed set (UpdateItem)',
            fixed(writesPerSet, 2),
            `<= ${TARGETS.writesPerSet}`,
            verdict(writesPerSet <= TARGETS.writesPerSet),
          ],
          ['DynamoDB profile writes per conversation (PutItem: first visit, startblok)', fixed(profileWrites, 2), '', ''],
          ['answers not as scripted (must be 0 for the figures to count)', `${problems.length}`, '0', verdict(problems.length === 0)],
        ],
      ),
    );
    for (const problem of [...new Set(problems)].slice(0, 5)) console.log(`problem: ${problem}`);
    if (problems.length > 0) process.exitCode = 1;
  } finally {
    client.destroy();
    await dynamo.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
