import { getSupportedInterfaces } from 'ask-sdk-core';
import type { Directive, Response } from 'ask-sdk-model';
import type { ScreenDirective } from '../screen/apl';
import type { Speech } from '../speech/ssml';
import { say } from '../speech/ssml';
import type { TextKey, TextVars } from '../speech/translator';
import type { Dialog } from './dialog';
import { idle } from './dialog';
import { writeSessionState } from './sessionState';
import type { Turn } from './turn';

function saveState(turn: Turn, dialog: Dialog, speech: Speech, reprompt?: Speech): void {
  turn.state.dialog = dialog;
  // Misses count only in a row: any answer but a repair starts the count afresh.
  if (!turn.repairing) turn.state.misses = 0;
  turn.state.last = { speech: speech.ssml, reprompt: reprompt?.ssml };
  writeSessionState(turn.input, turn.state);
}

/** True when the device can show APL (an Echo Show); a voice-only device gets no directive. */
export function hasScreen(turn: Turn): boolean {
  try {
    return getSupportedInterfaces(turn.input.requestEnvelope)['Alexa.Presentation.APL'] !== undefined;
  } catch {
    return false;
  }
}

/** Adds what the screen shows, only where there is a screen; the document is built lazily. */
function withScreen(turn: Turn, screen: (() => ScreenDirective) | undefined): void {
  if (screen && hasScreen(turn)) turn.input.responseBuilder.addDirective(screen() as unknown as Directive);
}

export type Screen = () => ScreenDirective;

/** An open-mic answer: it must end with a question and always carries a reprompt. */
export function ask(turn: Turn, speech: Speech, reprompt: Speech, dialog: Dialog, screen?: Screen): Response {
  saveState(turn, dialog, speech, reprompt);
  withScreen(turn, screen);
  return turn.input.responseBuilder.speak(speech.ssml).reprompt(reprompt.ssml).withShouldEndSession(false).getResponse();
}

/** A closing answer: the session ends after it. */
export function tell(turn: Turn, speech: Speech, screen?: Screen): Response {
  saveState(turn, idle, speech);
  withScreen(turn, screen);
  return turn.input.responseBuilder.speak(speech.ssml).withShouldEndSession(true).getResponse();
}

/** The common case: one resource text as the question, one as the reprompt. */
export function askText(turn: Turn, key: TextKey, repromptKey: TextKey, dialog: Dialog, vars?: TextVars): Response {
  return ask(turn, say(turn.t(key, vars)), say(turn.t(repromptKey, vars)), dialog);
}

/** Replays the last answer as it was, for "herhaal". */
export function replay(turn: Turn, last: { speech: string; reprompt?: string }): Response {
  const builder = turn.input.responseBuilder.speak(last.speech);
  writeSessionState(turn.input, turn.state);
  return last.reprompt !== undefined
    ? builder.reprompt(last.reprompt).withShouldEndSession(false).getResponse()
    : builder.withShouldEndSession(true).getResponse();
}
