import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getIntentName, getRequestType } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Speech } from '../speech/ssml';
import { nothing, say } from '../speech/ssml';
import type { Startblok } from '../domain/startblok';
import type { Turn } from '../skill/turn';
import { turnOf } from '../skill/turn';
import { noteProfile } from './recording';

export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  const envelope = input.requestEnvelope;
  return getRequestType(envelope) === 'IntentRequest' && names.includes(getIntentName(envelope));
}

/** A handler that works on the turn the interceptor prepared. */
export function handler(
  canHandle: (input: HandlerInput, turn: Turn) => boolean,
  handle: (turn: Turn) => Promise<Response> | Response,
): RequestHandler {
  return {
    canHandle: (input) => {
      const turn = turnOf(input);
      return turn !== undefined && canHandle(input, turn);
    },
    handle: (input) => handle(turnOf(input) as Turn),
  };
}

export function storedStartblok(turn: Turn): Startblok | undefined {
  return turn.state.user?.profile.startblok;
}

/**
 * The "not a substitute for your physiotherapist" sentence, said once per user: on the first
 * launch, or on the first one-shot request of someone who never opened the skill.
 */
export async function firstVisitNote(turn: Turn): Promise<Speech> {
  if (turn.state.user?.profile.welcomedOn) return nothing;
  // Noted, not written yet: the turn writes the profile once (a one-shot startblok follows).
  noteProfile(turn, (p) => ({ ...p, welcomedOn: turn.today }));
  return say(turn.t('launch.disclaimer'));
}
