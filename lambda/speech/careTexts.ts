import type { CheckInAnswer, Cheer } from '../domain/adherence';
import { checkInAdvice } from '../domain/adherence';
import type { PainAdvice } from '../domain/pain';
import type { ExerciseProgramme } from '../domain/programme';
import type { ResumeDescription } from '../domain/resume';
import type { SelfTestNote } from '../domain/selfTest';
import type { SetKind } from '../domain/timeline';
import type { TextKey, TextVars } from './translator';

/**
 * Which resource texts say what the care domain decided (issue 19): pain, not feeling the
 * muscle, life situations, technique questions, resumption, earned praise, the check-in, the
 * step to maintenance and the self-test's notes. Data only: a flow or handler says the lines in
 * order. Keys are written out in full, so the compiler and the resource-key test see each one.
 */
export interface Line {
  readonly key: TextKey;
  readonly vars?: TextVars;
}

const line = (key: TextKey, vars?: TextVars): Line => (vars ? { key, vars } : { key });

/** Pain: stop and let go, or relaxation first; then who to see. The offer of relaxation is the question after it. */
export function painLines(advice: PainAdvice): Line[] {
  if (advice.referral === 'huisarts') return [line('alarm.seeGp')];
  if (advice.relaxationFirst) return [line('care.pain.pelvic')];
  return [line(advice.letGo ? 'care.pain.stop' : 'care.pain.noPain'), line('care.pain.ifItReturns')];
}

/** "Ik voel niks", "nul", "welke spier?": reassurance, how to find it, and who can check it. */
export const CANT_FEEL_LINES: readonly Line[] = [
  line('care.cantFeel.reassure'),
  line('care.cantFeel.findMuscle'),
  line('care.cantFeel.checkWithPhysio'),
];

/**
 * Said after those lines when someone tells the coach they feel nothing (not at the measurement's
 * "nul"): sudden numbness, or loss that is not felt, is an alarm signal, and development sets sent
 * such signals to CantFeelIntent ("poep komt zelf ik voel niet", "ik voel een bol bij mijn
 * vagina"). Conditional and "ineens": never feeling the muscle yet is common and no alarm.
 */
export const CANT_FEEL_SAFETY_NET: TextKey = 'care.cantFeel.suddenNumb';

/** 'algemeen': a technique question that names no issue ("moet ik persen als ik aanspan", "waar moet ik op letten"). */
export type TechniqueIssue = 'adem' | 'billen' | 'plassen' | 'algemeen';

export const TECHNIQUE_TEXT: Record<TechniqueIssue, TextKey> = {
  adem: 'care.technique.adem',
  billen: 'care.technique.billen',
  plassen: 'care.technique.plassen',
  algemeen: 'care.technique.algemeen',
};

export function isTechniqueIssue(value: string | undefined): value is TechniqueIssue {
  return value !== undefined && Object.hasOwn(TECHNIQUE_TEXT, value);
}

const RESUME_AT_START: Record<ExerciseProgramme, TextKey> = {
  startblokTraining: 'care.resume.atStart.startblokTraining',
  lift: 'care.resume.atStart.lift',
  sphincter: 'care.resume.atStart.sphincter',
  relaxation: 'care.resume.atStart.relaxation',
  layers: 'care.resume.atStart.layers',
  maintenance: 'care.resume.atStart.maintenance',
  lightStrength: 'care.resume.atStart.lightStrength',
};

const RESUME_AT: Partial<Record<SetKind, TextKey>> = {
  startblok: 'care.resume.at.startblok',
  quick: 'care.resume.at.quick',
  lift: 'care.resume.at.lift',
  sphincterStrength: 'care.resume.at.sphincterStrength',
  sphincterEndurance: 'care.resume.at.sphincterEndurance',
  sphincterSpeed: 'care.resume.at.sphincterSpeed',
  relaxation: 'care.resume.at.relaxation',
  layerSurface: 'care.resume.at.layerSurface',
  layerMiddle: 'care.resume.at.layerMiddle',
  layerDeep: 'care.resume.at.layerDeep',
  maintenance: 'care.resume.at.maintenance',
  light: 'care.resume.at.light',
};

/** "eerste" ... "twaalfde", nested by the resume texts: a set has at most twelve rounds. */
const ORDINALS: readonly TextKey[] = [
  'care.ordinal.1',
  'care.ordinal.2',
  'care.ordinal.3',
  'care.ordinal.4',
  'care.ordinal.5',
  'care.ordinal.6',
  'care.ordinal.7',
  'care.ordinal.8',
  'care.ordinal.9',
  'care.ordinal.10',
  'care.ordinal.11',
  'care.ordinal.12',
];

/**
 * "Je was bij de tweede ronde van je startblok. Zullen we daar verdergaan?" The set number is
 * for maintenance ("set 2 van je onderhoud"); the round for sets said in rounds.
 */
export function resumeLines(where: ResumeDescription, setNumber: number): { lines: Line[]; reprompt: Line } | undefined {
  const question = where.atStart ? line('care.resume.startQuestion') : line('care.resume.question');
  const at = where.atStart ? RESUME_AT_START[where.programme] : RESUME_AT[where.setKind];
  // The text nests the ordinal word itself: $t(care.ordinal.{{round}}).
  if (at === undefined || ORDINALS[where.round - 1] === undefined) return undefined;
  return { lines: [line(at, { round: where.round, set: setNumber }), question], reprompt: line('care.resume.reprompt') };
}

/** The word of encouragement that fits what was actually trained. */
export function cheerLine(cheer: Cheer, daysThisWeek: number): Line {
  switch (cheer.kind) {
    case 'afterBreak':
      return line('care.cheer.afterBreak', { count: cheer.weeks });
    case 'weeks3to6':
      return line('care.cheer.weeks3to6');
    case 'earned':
      return line('care.cheer.earned', { count: daysThisWeek });
    case 'regularity':
      return line('care.cheer.regularity');
  }
}

export const CHECK_IN_REPLY: Record<ReturnType<typeof checkInAdvice>, TextKey> = {
  keepGoing: 'care.checkIn.yes',
  seeBekkenfysiotherapeut: 'care.checkIn.no',
  watch: 'care.checkIn.dontKnow',
};

export function checkInReply(answer: CheckInAnswer): Line {
  return line(CHECK_IN_REPLY[checkInAdvice(answer)]);
}

/** "Je startblok is nu 3 weken oud" or "al 2 maanden oud": what is true, not "alweer twee weken". */
export function retestLine(age: { readonly unit: 'weeks' | 'months'; readonly count: number }, afterBreak = false): Line {
  // After a break the startblok more likely shrank: measured again to start where it is, not to see growth.
  if (afterBreak) return line('care.retest.afterBreak');
  return age.unit === 'weeks' ? line('care.retest.weeks', { count: age.count }) : line('care.retest.months', { count: age.count });
}

export const SELF_TEST_NOTE: Record<SelfTestNote, TextKey> = {
  painFirst: 'care.selfTest.painFirst',
  seeIfLasting: 'care.selfTest.seeIfLasting',
};

export type LifeSituation = 'pregnancy' | 'afterBirth' | 'afterSurgery';

/** Pregnancy, after a birth, after an operation: what the leaflets say, in one short answer each. */
export const LIFE_SITUATION_TEXT: Record<LifeSituation, TextKey> = {
  pregnancy: 'care.pregnancy',
  afterBirth: 'care.afterBirth',
  afterSurgery: 'care.afterSurgery',
};

/**
 * Said after each life-situation answer: the language model sent alarm signals said with that
 * context ("ik ben zwanger en verlies bloed", "net bevallen en koorts", "na de operatie bloed in
 * mijn urine", "pijn die erger wordt sinds de operatie") to these intents, and Alexa's may too, so
 * the answer itself says when to call the huisarts. Conditional, in one sentence, and last: no
 * alarm for everyone who is pregnant or was operated on ("sinds de operatie lek ik" is no alarm).
 */
export const LIFE_SITUATION_SAFETY_NET: Readonly<Record<LifeSituation, TextKey>> = {
  // In pregnancy any blood loss is for the verloskundige, the first one to call in the Netherlands.
  pregnancy: 'care.safetyNetPregnancy',
  // Some blood loss is normal for weeks after a birth (kraamvloed): "ineens veel" is the signal.
  afterBirth: 'care.safetyNetAfterBirth',
  afterSurgery: 'care.safetyNet',
};

/** The open questions of the care paths, each with a reprompt in other words. */
export const CARE_QUESTION = {
  /** After pain: a calm breathing exercise, never "shall we go on". */
  relaxationAfterPain: { text: 'care.pain.offerRelaxation', reprompt: 'care.pain.offerRelaxationReprompt' },
  /** After "nul" or "ik voel niks" at the measurement: try again together, nothing stored. */
  measureAgain: { text: 'care.cantFeel.tryAgain', reprompt: 'care.cantFeel.tryAgainReprompt' },
  /** After a birth: a gentle start with letting go, not a maximal squeeze. */
  gentleStart: { text: 'care.afterBirthOffer', reprompt: 'care.afterBirthOfferReprompt' },
  /** Week 6 and 12. */
  checkIn: { text: 'care.checkIn.ask', reprompt: 'care.checkIn.reprompt' },
  /** Before maintenance: are the complaints gone? */
  complaintsGone: { text: 'care.maintenance.askComplaints', reprompt: 'care.maintenance.askComplaintsReprompt' },
  /** The self-test's result turn ends with the alarm list on request. */
  alarmOnRequest: { text: 'care.selfTest.alarmOffer', reprompt: 'care.selfTest.alarmOfferReprompt' },
} as const satisfies Record<string, { text: TextKey; reprompt: TextKey }>;

/** Single lines the care paths say as they are. */
export const CARE_TEXT = {
  alarmList: 'care.alarmList',
  nothingStored: 'care.cantFeel.nothingStored',
  stillNothing: 'care.cantFeel.stillNothing',
  nothingFeltKnown: 'care.cantFeel.nothingFeltKnown',
  restForNow: 'care.cantFeel.restForNow',
  later: 'care.later',
  maintenanceOffer: 'care.maintenance.offer',
  complaintsNotGone: 'care.maintenance.notGone',
} as const satisfies Record<string, TextKey>;
