import { getRequestType } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import { leave } from '../flows/leave';
import { repair } from '../flows/repair';
import { help, navigateHomeWords, repeat, sessionEnded, startOver } from '../flows/session';
import { silent } from '../skill/answer';
import { handler, isIntent } from './common';

export const StopHandler = handler(
  (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
  (ctx) => leave(ctx),
);

export const NavigateHomeHandler = handler(
  (input) => isIntent(input, 'AMAZON.NavigateHomeIntent'),
  (ctx) => leave(ctx, navigateHomeWords),
);

/** Help that fits the open question (from the step table), said differently in the reprompt. */
export const HelpHandler = handler(
  (input) => isIntent(input, 'AMAZON.HelpIntent'),
  (ctx) => help(ctx),
);

export const RepeatHandler = handler(
  (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  (ctx) => repeat(ctx),
);

export const StartOverHandler = handler(
  (input) => isIntent(input, 'AMAZON.StartOverIntent'),
  (ctx) => startOver(ctx),
);

/** Last in the list: any intent no other handler took (including ones the model lacks). */
export const FallbackHandler = handler(
  (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  (ctx) => repair(ctx),
);

/** Alexa closed the session (silence, an error, "Alexa, stop" elsewhere): keep what was done. */
export const SessionEndedHandler = handler(
  (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  (ctx, input) => sessionEnded(ctx, (input.requestEnvelope.request as SessionEndedRequest).reason),
);

/**
 * A touch on the screen (Alexa.Presentation.APL.UserEvent): the coach is led by voice, so a
 * tap changes nothing. The session and its state stay as they were, no words, no open mic;
 * a running exercise goes on with the next "ja".
 */
export const ScreenEventHandler = handler(
  (input) => getRequestType(input.requestEnvelope) === 'Alexa.Presentation.APL.UserEvent',
  () => silent(),
);
