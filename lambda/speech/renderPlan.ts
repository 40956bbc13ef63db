import type {
  Count,
  CueId,
  ExerciseSet,
  Introduction,
  Pause,
  Repetition,
  SessionPlan,
  SetKind,
  Step,
  TechniqueTip,
} from '../domain/timeline';
import { IN_PAUSE_CUE_LEAD_SECONDS } from '../domain/timeline';
import { checkPlan } from '../domain/rules';
import type { Speech } from './ssml';
import { join, nothing, say, silence, word } from './ssml';
import type { TextKey, Translate } from './translator';

/**
 * What one response may hold. Alexa's hard limits are 8000 characters and 240 s; we aim
 * well below (6000, 150 s) and keep room for the closing question the handler adds.
 */
export const SEGMENT_BUDGET = { seconds: 150, characters: 6000 } as const;
export const CLOSING_RESERVE = { seconds: 20, characters: 600 } as const;

/**
 * The relaxation is one calm stretch: a question in the middle of it ("gaan we door?") breaks
 * what it teaches. It may use more of Alexa's 240 s, still with the closing reserve below it.
 */
const LONG_STRETCH_SECONDS: Partial<Record<SetKind, number>> = { relaxation: 215 };

export interface Segment {
  readonly speech: Speech;
  /** Repetition numbers inside this segment, first and last (1-based, inclusive). */
  readonly first: number;
  readonly last: number;
}

const SETTLE_SECONDS = 2;

/**
 * A cue's text; `again` replaces it from the third repetition on, so guidance gets shorter;
 * `alternate` is said in every even repetition, so a cue heard in every hold does not grate.
 */
const CUE_TEXT: Record<CueId, { key: TextKey; again?: TextKey; alternate?: TextKey }> = {
  contract: { key: 'cue.contract' },
  relax: { key: 'cue.relax' },
  quickContract: { key: 'cue.quickContract', again: 'cue.quickContractAgain' },
  quickRelax: { key: 'cue.quickRelax' },
  measureContract: { key: 'cue.measureContract' },
  measureRelax: { key: 'cue.measureRelax' },
  liftUp: { key: 'cue.liftUp' },
  liftSecond: { key: 'cue.liftSecond' },
  liftThird: { key: 'cue.liftThird' },
  liftFourth: { key: 'cue.liftFourth' },
  liftDownToSecond: { key: 'cue.liftDownToSecond' },
  liftDownToFirst: { key: 'cue.liftDownToFirst' },
  liftGround: { key: 'cue.liftGround' },
  liftRest: { key: 'cue.liftRest' },
  sphincterStrong: { key: 'cue.sphincterStrong', again: 'cue.sphincterStrongAgain' },
  sphincterHalf: { key: 'cue.sphincterHalf' },
  sphincterFast: { key: 'cue.sphincterFast', again: 'cue.sphincterFastAgain' },
  sphincterRelax: { key: 'cue.sphincterRelax' },
  breatheIn: { key: 'cue.breatheIn', again: 'cue.breatheInAgain' },
  breatheOut: { key: 'cue.breatheOut', again: 'cue.breatheOutAgain' },
  layerSurface: { key: 'cue.layerSurface' },
  layerMiddle: { key: 'cue.layerMiddle' },
  layerDeep: { key: 'cue.layerDeep' },
  lightContract: { key: 'cue.lightContract' },
  practiceContract: { key: 'cue.practiceContract' },
  breatheOn: { key: 'cue.breatheOn', alternate: 'cue.breatheOnAlternate' },
  breatheOnLoose: { key: 'cue.breatheOnLoose' },
  countBreatheOn: { key: 'cue.countBreatheOn' },
  tiltHollowBack: { key: 'tilt.hollowBack' },
  tiltRoundBack: { key: 'tilt.roundBack' },
  tiltPrepareBlow: { key: 'tilt.prepareBlow' },
  tiltBlowIntoFist: { key: 'tilt.blowIntoFist' },
  tiltLetGo: { key: 'tilt.letGo' },
};

const FULL_GUIDANCE_REPETITIONS = 2;

/** Sets whose repetitions are counted aloud; breathing is not, one squeeze needs no count. */
const UNCOUNTED: ReadonlySet<SetKind> = new Set<SetKind>(['relaxation', 'measureHold', 'enduranceTrial', 'pelvicTilt']);

const INTRODUCTION: Record<Introduction, TextKey> = {
  liftImage: 'set.liftImage',
  sphincterLearning: 'set.sphincterLearning',
  sphincterTechnique: 'set.sphincterTechnique',
  layers: 'set.layersIntro',
};

export function numberWord(t: Translate, n: number): string {
  return t(`number.${n}` as TextKey);
}

/** A count opens with a number word from the counting list, which is lower case. */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl-NL') + text.slice(1);
}

/** "Drie." or "De laatste." before a repetition; nothing where repetitions are not counted. */
export function repetitionNumber(set: ExerciseSet, repetition: Repetition, t: Translate): Speech {
  if (UNCOUNTED.has(set.kind) || repetition.of < 2) return nothing;
  if (repetition.number === repetition.of) return say(t('cue.last'));
  return say(capitalised(t('cue.repetition', { number: numberWord(t, repetition.number) })));
}

/** The shortest break between two words said inside a pause, so they are never run together. */
const WORD_GAP_SECONDS = 0.05;

/**
 * Counting aloud inside a hold: number n is said at (n - 1) ticks, its break fills up to the
 * next tick. A cue after a number ("twee ... adem door") shares that number's tick; should it
 * run over, the next break is shorter, so the numbers stay on their seconds.
 */
function renderCount(count: Count, repetition: Repetition, t: Translate): Speech {
  const ticks: Speech[] = [];
  let elapsed = 0;
  for (let n = 1; n <= count.upTo; n++) {
    const number = word(numberWord(t, n));
    const spoken = count.cue?.afterNumber === n ? join(number, silence(WORD_GAP_SECONDS * 2), word(t(CUE_TEXT[count.cue.id].key))) : number;
    const gap = silence(Math.max(WORD_GAP_SECONDS, n * count.everySeconds - elapsed - spoken.seconds));
    ticks.push(spoken, gap);
    elapsed += spoken.seconds + gap.seconds;
  }
  return join(...ticks);
}

/**
 * A pause with a cue in it: a second of silence, the cue as bare words (no sentence of its
 * own: it belongs to the pause, like a counted number), then the rest of the pause. The pause
 * keeps its planned length to the millisecond.
 */
function renderPause(step: Pause, repetition: Repetition, t: Translate): Speech {
  if (!step.cue) return silence(step.seconds);
  const lead = silence(Math.min(IN_PAUSE_CUE_LEAD_SECONDS, step.seconds));
  const cue = word(cueSentence(step.cue, repetition, t));
  return join(lead, cue, silence(Math.max(0, step.seconds - lead.seconds - cue.seconds)));
}

/** The sentence a cue is spoken as, in this repetition; a cue may name the repetition ("Drie. Adem in, holle rug."). */
export function cueSentence(id: CueId, repetition: Repetition, t: Translate): string {
  const text = CUE_TEXT[id];
  const key =
    text.again && repetition.number > FULL_GUIDANCE_REPETITIONS
      ? text.again
      : text.alternate && repetition.number % 2 === 0
        ? text.alternate
        : text.key;
  return capitalised(t(key, { number: numberWord(t, repetition.number) }));
}

export function renderStep(step: Step, repetition: Repetition, t: Translate): Speech {
  switch (step.type) {
    case 'cue':
      return say(cueSentence(step.id, repetition, t));
    case 'pause':
      return renderPause(step, repetition, t);
    case 'count':
      return renderCount(step, repetition, t);
  }
}

/**
 * The plan's rules again, now with what each cue takes to say: a contraction is measured from
 * the end of its squeeze cue to the release, the words in between included (rules.ts).
 */
export function checkSpokenPlan(plan: SessionPlan, t: Translate): SessionPlan {
  return checkPlan(plan, (cue, repetition) => say(cueSentence(cue.id, repetition, t)).seconds);
}

export function renderRepetition(set: ExerciseSet, repetition: Repetition, t: Translate): Speech {
  return join(repetitionNumber(set, repetition, t), ...repetition.steps.map((step) => renderStep(step, repetition, t)));
}

const SET_INTRO: Record<SetKind, TextKey> = {
  startblok: 'set.startblokIntro',
  quick: 'set.quickIntro',
  measureHold: 'set.measureHoldIntro',
  measureRepetitions: 'set.measureRepetitionsIntro',
  lift: 'set.liftIntro',
  sphincterStrength: 'set.sphincterStrengthIntro',
  sphincterEndurance: 'set.sphincterEnduranceIntro',
  sphincterSpeed: 'set.sphincterSpeedIntro',
  relaxation: 'set.relaxationIntro',
  layerSurface: 'set.layerSurfaceIntro',
  layerMiddle: 'set.layerMiddleIntro',
  layerDeep: 'set.layerDeepIntro',
  maintenance: 'set.maintenanceIntro',
  practice: 'set.practiceIntro',
  light: 'set.lightIntro',
  enduranceTrial: 'set.enduranceTrialIntro',
  pelvicTilt: 'tilt.intro',
};

const TECHNIQUE: Record<TechniqueTip, TextKey> = {
  inAndUp: 'set.technique.inAndUp',
  buttocksLoose: 'set.technique.buttocksLoose',
  noPushing: 'set.technique.noPushing',
  breatheOn: 'set.technique.breatheOn',
};

/** The set's point of technique, when it has one. */
export function renderTechnique(set: ExerciseSet, t: Translate): Speech {
  return set.technique ? say(t(TECHNIQUE[set.technique])) : nothing;
}

type Position = NonNullable<ExerciseSet['position']>;

const POSITION_SETUP = {
  zittend: 'set.position.zittend',
  staand: 'set.position.staand',
  liggend: 'set.position.liggend',
} as const satisfies Record<Position, TextKey>;

const POSITION_SHORT = {
  zittend: 'set.positionShort.zittend',
  staand: 'set.positionShort.staand',
  liggend: 'set.positionShort.liggend',
} as const satisfies Record<Position, TextKey>;

const READY = {
  zittend: ['set.ready.zittend', 'set.readyReprompt.zittend'],
  staand: ['set.ready.staand', 'set.readyReprompt.staand'],
  liggend: ['set.ready.liggend', 'set.readyReprompt.liggend'],
} as const satisfies Record<Position, readonly [TextKey, TextKey]>;

function setVars(set: ExerciseSet) {
  return {
    hold: set.holdSeconds,
    repetitions: set.repetitions.length,
    rest: set.restSeconds,
    number: set.label?.number ?? 1,
    of: set.label?.of ?? 1,
  };
}

/**
 * A set in a position starts with time to get into it: the setup, then "zeg klaar als je …"
 * as an open question; the repetitions follow in the next response. The full setup (what to
 * keep loose, how to breathe and squeeze, the position in detail) the first times; after that
 * a short start that only names the position. Undefined for a set without a position.
 */
/**
 * The setup of a set and its "zeg klaar". `kept`: a closed session keeps the place (there is
 * consent), so lying down may take longer than Alexa waits; without it, no such promise.
 */
export function renderGetReady(
  set: ExerciseSet,
  t: Translate,
  full: boolean,
  kept = true,
): { speech: Speech; reprompt: Speech; question: string } | undefined {
  if (!set.position) return undefined;
  const vars = setVars(set);
  const setup = full
    ? join(
        say(t(SET_INTRO[set.kind], vars)),
        set.kind === 'startblok' ? join(say(t('set.startblokPosture')), say(t('set.breathing'))) : nothing,
        say(t(POSITION_SETUP[set.position])),
      )
    : join(say(t('set.startblokShort', vars)), say(t(POSITION_SHORT[set.position])));
  const [ready, reprompt] = READY[set.position];
  const question = set.position === 'liggend' && !kept ? 'set.ready.liggendHere' : ready;
  return { speech: join(setup, say(t(question))), reprompt: say(t(reprompt)), question: t(question) };
}

/** The reprompt of a set's "zeg klaar" question. */
export function readyReprompt(set: ExerciseSet): TextKey | undefined {
  return set.position && READY[set.position][1];
}

/** The breathing rules on their own, for "hoe moet het ook alweer" in the middle of a set. */
export function renderBreathing(t: Translate): Speech {
  return join(say(t('set.startblokPosture')), say(t('set.breathing')));
}

/**
 * What opens a set's first response. A set in a position was set up before "klaar"
 * (renderGetReady); the point of technique comes right before the first squeeze, where it is used.
 */
export function renderSetIntro(set: ExerciseSet, t: Translate): Speech {
  if (set.position) return join(say(t('set.begin')), renderTechnique(set, t));
  return join(
    say(t(SET_INTRO[set.kind], setVars(set))),
    set.kind === 'startblok' ? say(t('set.startblokPosture')) : nothing,
    renderTechnique(set, t),
    silence(SETTLE_SECONDS),
  );
}

function fitsWithin(seconds: number): (speech: Speech) => boolean {
  return (speech) =>
    speech.seconds + CLOSING_RESERVE.seconds <= seconds && speech.ssml.length + CLOSING_RESERVE.characters <= SEGMENT_BUDGET.characters;
}

/** Packs repetitions greedily: the fewest responses that keep each within budget. */
function greedySizes(intro: Speech, repetitions: readonly Speech[], fits: (speech: Speech) => boolean): number[] {
  const sizes: number[] = [];
  let current = intro;
  let size = 0;
  for (const rendered of repetitions) {
    const grown = join(current, rendered);
    if (size > 0 && !fits(grown)) {
      sizes.push(size);
      current = rendered;
      size = 1;
    } else {
      current = grown;
      size += 1;
    }
  }
  sizes.push(size);
  return sizes;
}

/** The same number of responses, with rounds as even as possible (first ones one longer). */
function evenSizes(count: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(count / parts) + (i < count % parts ? 1 : 0));
}

function buildSegments(intro: Speech, repetitions: readonly Speech[], sizes: readonly number[]): Segment[] {
  let first = 1;
  return sizes.map((size, i) => {
    const speech = join(i === 0 ? intro : nothing, ...repetitions.slice(first - 1, first - 1 + size));
    const segment = { speech, first, last: first + size - 1 };
    first += size;
    return segment;
  });
}

/**
 * Splits a set into responses at repetition boundaries: as few as fit the budget, with
 * rounds of even length where they still fit. A single repetition always fits: the
 * longest (a lift round, or 10 s hold and 10 s rest with two cues) is far below budget.
 */
export function segmentSet(set: ExerciseSet, t: Translate, before: Speech = nothing): Segment[] {
  const intro = join(before, renderSetIntro(set, t));
  const repetitions = set.repetitions.map((repetition) => renderRepetition(set, repetition, t));
  const fits = fitsWithin(LONG_STRETCH_SECONDS[set.kind] ?? SEGMENT_BUDGET.seconds);
  const greedy = greedySizes(intro, repetitions, fits);
  const even = buildSegments(intro, repetitions, evenSizes(repetitions.length, greedy.length));
  return even.every((segment) => fits(segment.speech)) ? even : buildSegments(intro, repetitions, greedy);
}

/** Every set of a plan as responses; the plan's introduction opens the first one. */
export function segmentPlan(plan: SessionPlan, t: Translate): Segment[][] {
  checkSpokenPlan(plan, t);
  const introduction = plan.introduction ? say(t(INTRODUCTION[plan.introduction])) : nothing;
  return plan.sets.map((set, i) => segmentSet(set, t, i === 0 ? introduction : nothing));
}
