import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { HeldOutCase, HeldOutSet, Share } from './heldout';
import { isCustom, isRight, loadHeldOut, percent } from './heldout';

/**
 * npm run nlu:profile -- --skill-id amzn1.ask.skill.<id> [--stage development] [--set path]…
 * [--out dist/nlu/profile.json] [--dry-run]: the held-out sets through Alexa's own NLU, the
 * Utterance Profiler, one `ask smapi profile-nlu` call per utterance
 * (`ask smapi profile-nlu -s <skill-id> -l nl-NL -g <stage> --utterance <text>`; SMAPI
 * POST /v1/skills/{skillId}/stages/{stage}/interactionModel/locales/{locale}/profileNlu,
 * https://developer.amazon.com/docs/smapi/utterance-profiler-api.html). Each answer's
 * `selectedIntent` (name and slots) is compared with the case, as npm run nlu:report compares
 * our classifier's, and the shares per intent are written to the output file and printed. Only
 * aggregate figures are written or printed, never an utterance: heldout3.json stays unread.
 * Needs the ask CLI, signed in, and the deployed model; `--dry-run` says what it would do.
 */
export interface ProfiledIntent {
  readonly intent: string;
  /** Slot name -> the resolved canonical value when entity resolution matched, else the words heard. */
  readonly slots: Readonly<Record<string, string>>;
}

interface ProfileSlot {
  readonly name?: string;
  readonly value?: string;
  readonly resolutions?: {
    readonly resolutionsPerAuthority?: readonly {
      readonly status?: { readonly code?: string };
      readonly values?: readonly { readonly value?: { readonly name?: string } }[];
    }[];
  };
}

/**
 * One profile-nlu answer, as SMAPI's ProfileNluResponse gives it: `sessionEnded`,
 * `selectedIntent` {name, confirmationStatus, slots: {<name>: {name, value, confirmationStatus,
 * resolutions}}}, `consideredIntents` and `multiTurn` (ask-smapi-model,
 * v1/skill/evaluations/profile_nlu_response.py and intent.py, slot.py). A missing selected intent
 * reads as AMAZON.FallbackIntent.
 */
export function parseProfile(json: string): ProfiledIntent {
  const body = JSON.parse(json) as { selectedIntent?: { name?: string; slots?: Record<string, ProfileSlot> } };
  const selected = body.selectedIntent;
  const slots: Record<string, string> = {};
  for (const [name, slot] of Object.entries(selected?.slots ?? {})) {
    if (slot.value === undefined || slot.value === '') continue;
    const matched = slot.resolutions?.resolutionsPerAuthority?.find((r) => r.status?.code === 'ER_SUCCESS_MATCH');
    slots[name] = matched?.values?.[0]?.value?.name ?? slot.value;
  }
  return { intent: selected?.name ?? 'AMAZON.FallbackIntent', slots };
}

/** Right as npm run nlu:report counts it (tools/nlu/heldout.ts isRight): the intent with the same slots, or the same number answer. */
export function profiledRight(c: HeldOutCase, got: ProfiledIntent): boolean {
  return isRight(c, { intent: got.intent, slots: Object.fromEntries(Object.entries(got.slots).map(([k, value]) => [k, { value }])) });
}

export interface ProfileShares {
  readonly set: string;
  readonly perIntent: Record<string, Share>;
  readonly custom: Share;
  readonly replies: Share;
  readonly outOfDomainToCustom: number;
  readonly healthToAlarm: number;
  /** Health remarks are out of the domain too: reaching any custom intent, the alarm included. */
  readonly healthToCustom: number;
}

/** The shares of one set, from the profiled answer of each utterance. */
export function sharesOf(setName: string, set: HeldOutSet, profiled: (utterance: string) => ProfiledIntent): ProfileShares {
  const perIntent: Record<string, Share> = {};
  let custom = { right: 0, total: 0 };
  for (const c of set.cases) {
    const right = profiledRight(c, profiled(c.utterance)) ? 1 : 0;
    const share = perIntent[c.intent] ?? { right: 0, total: 0 };
    perIntent[c.intent] = { right: share.right + right, total: share.total + 1 };
    if (isCustom(c.intent)) custom = { right: custom.right + right, total: custom.total + 1 };
  }
  const replies = (set.replies ?? []).reduce(
    (s, c) => ({ right: s.right + (profiledRight(c, profiled(c.utterance)) ? 1 : 0), total: s.total + 1 }),
    {
      right: 0,
      total: 0,
    },
  );
  return {
    set: setName,
    perIntent,
    custom,
    replies,
    outOfDomainToCustom: set.outOfDomain.filter((u) => isCustom(profiled(u).intent)).length,
    healthToAlarm: (set.healthOutOfDomain ?? []).filter((u) => profiled(u).intent === 'AlarmSignalIntent').length,
    healthToCustom: (set.healthOutOfDomain ?? []).filter((u) => isCustom(profiled(u).intent)).length,
  };
}

export function profileCommand(skillId: string, stage: string, utterance: string): string[] {
  return ['smapi', 'profile-nlu', '-s', skillId, '-l', 'nl-NL', '-g', stage, '--utterance', utterance];
}

function utterancesOf(set: HeldOutSet): string[] {
  return [
    ...set.cases.map((c) => c.utterance),
    ...(set.replies ?? []).map((r) => r.utterance),
    ...set.outOfDomain,
    ...(set.healthOutOfDomain ?? []),
  ];
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const dryRun = args.includes('--dry-run');
  const skillId = option('--skill-id') ?? (dryRun ? 'amzn1.ask.skill.<id>' : undefined);
  if (!skillId) throw new Error('--skill-id amzn1.ask.skill.<id> is needed (or --dry-run)');
  const stage = option('--stage') ?? 'development';
  const out = option('--out') ?? join(__dirname, '..', '..', 'dist', 'nlu', 'profile.json');
  const dir = join(__dirname, '..', '..', 'test', 'nlu');
  const given = args.flatMap((a, i) => (a === '--set' ? [args[i + 1]] : []));
  const paths = given.length
    ? given
    : readdirSync(dir)
        .filter((f) => /^heldout\d*\.json$/.test(f))
        .map((f) => join(dir, f));
  const sets = paths.map((p) => ({ name: basename(p), set: loadHeldOut(p) }));
  if (dryRun) {
    for (const { name, set } of sets) console.log(`${name}: would profile ${new Set(utterancesOf(set)).size} utterances`);
    console.log(`each with: ask ${profileCommand(skillId, stage, '<utterance>').join(' ')}`);
    console.log(`then write the shares per intent (no utterances) to ${out}`);
    return;
  }
  const answers = new Map<string, ProfiledIntent>();
  const profiled = (utterance: string): ProfiledIntent => {
    let got = answers.get(utterance);
    if (!got) {
      got = parseProfile(execFileSync('ask', profileCommand(skillId, stage, utterance), { encoding: 'utf8' }));
      answers.set(utterance, got);
    }
    return got;
  };
  const results = sets.map(({ name, set }) => sharesOf(name, set, profiled));
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  for (const r of results) {
    console.log(
      `${r.set}: custom ${percent(r.custom)}, replies ${percent(r.replies)}, out of domain -> custom ${r.outOfDomainToCustom}, health -> alarm ${r.healthToAlarm}, health -> custom ${r.healthToCustom}`,
    );
  }
  console.log(`shares per intent: ${out}`);
}

if (require.main === module) main();
