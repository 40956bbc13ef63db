import { readable } from '../ssmlText';
import type { Skill } from '../../lambda/buildSkill';
import { buildSkill } from '../../lambda/buildSkill';
import { silentLogger } from '../../lambda/skill/log';
import { MemoryUserStore } from '../memoryUserStore';
import { SimulatedAlexa } from '../simulator/session';
import type { Journey } from './journeys';

/**
 * The `ask dialog --replay` file format, as ask-cli v2 documents it
 * (https://github.com/alexa/ask-cli/blob/develop/docs/concepts/Dialog-Command.md, "Format for
 * the Replay file"): skillId, locale, type "text", userInput. The CLI reads exactly those four
 * (lib/model/dialog-replay-file.ts getters; lib/commands/dialog/index.ts requires skillId and
 * locale and refuses a blank userInput), so our answers travel in one more field it never reads.
 */
export interface ReplayFile {
  readonly skillId: string;
  readonly locale: 'nl-NL';
  readonly type: 'text';
  readonly userInput: readonly string[];
  /** Ignored by ask-cli: what our handler answers to each line, to compare by eye. */
  readonly expectedAnswers: readonly ExpectedAnswer[];
}

export interface ExpectedAnswer {
  readonly userInput: string;
  /** Alexa's words, pauses as "[4 s]"; empty when the answer is a directive only. */
  readonly alexa: string;
  readonly reprompt?: string;
  /** What else the answer carries (a card, a permission request), by kind. */
  readonly also?: readonly string[];
  /** The answer says shouldEndSession: true. */
  readonly sessionEnds: boolean;
}

/** Replace it with your skill's ID (or pass --skill-id to npm run replays). */
export const SKILL_ID_PLACEHOLDER = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

/** The same moment for every recording, so the files only change when the skill does. */
export const RECORDED_AT = new Date('2026-11-23T08:00:00+01:00');

function recordingSkill(): Skill {
  let ids = 0;
  return buildSkill({
    store: new MemoryUserStore(),
    now: () => RECORDED_AT,
    newId: () => `replay-${++ids}`,
    log: silentLogger,
    random: () => 0,
  });
}

function extras(response: { card?: { type: string }; directives?: readonly { type: string; name?: string }[] }): string[] | undefined {
  const also = [
    ...(response.card ? [`card: ${response.card.type}`] : []),
    ...(response.directives ?? []).map((d) => `directive: ${d.type}${d.name ? ` ${d.name}` : ''}`),
  ];
  return also.length > 0 ? also : undefined;
}

/** Plays the journey through the real handler on an in-memory store, a fresh user each time. */
export async function recordJourney(journey: Journey, skillId = SKILL_ID_PLACEHOLDER): Promise<ReplayFile> {
  const skill = recordingSkill();
  const alexa = new SimulatedAlexa((event) => skill.invoke(event), `amzn1.ask.account.replay-${journey.name}`);
  const expectedAnswers: ExpectedAnswer[] = [];
  for (const line of journey.lines) {
    const { response } = await alexa.hear(line);
    const r = response.response;
    const ssml = (r.outputSpeech as { ssml?: string } | undefined)?.ssml;
    const reprompt = (r.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml;
    expectedAnswers.push({
      userInput: line,
      alexa: ssml ? readable(ssml) : '',
      ...(reprompt ? { reprompt: readable(reprompt) } : {}),
      ...(extras(r) ? { also: extras(r) } : {}),
      sessionEnds: r.shouldEndSession === true,
    });
  }
  return { skillId, locale: 'nl-NL', type: 'text', userInput: [...journey.lines], expectedAnswers };
}

export function replayJson(file: ReplayFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
