import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { document, say } from '../speech/ssml';
import { translatorFor } from '../speech/translator';
import type { Logger } from './log';

/**
 * The answer for anything that went wrong, without touching the (maybe broken) state: the one
 * response besides skill/render.ts that is built here, because there may be no turn to render in.
 */
export function errorSpeech(): { speech: string; reprompt: string } {
  const t = translatorFor(undefined);
  return { speech: say(t('error.general')).ssml, reprompt: say(t('question.idle')).ssml };
}

export function errorHandler(log: Logger): ErrorHandler {
  return {
    canHandle: () => true,
    handle: (input: HandlerInput, error: Error): Response => {
      log({ event: 'error', error: error.name });
      const { speech, reprompt } = errorSpeech();
      return input.responseBuilder.speak(speech).reprompt(reprompt).withShouldEndSession(false).getResponse();
    },
  };
}

/** For when even the SDK could not run: a whole response envelope, built by hand. */
export function errorEnvelope() {
  const { speech, reprompt } = errorSpeech();
  return {
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML' as const, ssml: document(speech) },
      reprompt: { outputSpeech: { type: 'SSML' as const, ssml: document(reprompt) } },
      shouldEndSession: false,
    },
  };
}
