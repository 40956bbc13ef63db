import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getIntentName, getRequestType } from 'ask-sdk-core';
import type { Outcome } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { contextOf } from '../skill/context';
import { render } from '../skill/render';
import type { Turn } from '../skill/turn';
import { turnOf } from '../skill/turn';

export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  const envelope = input.requestEnvelope;
  return getRequestType(envelope) === 'IntentRequest' && names.includes(getIntentName(envelope));
}

/**
 * A handler: it matches the request, reads its slots, and calls a flow; the flow's outcome
 * is rendered (skill/render.ts), so no handler builds speech or touches the response.
 */
export function handler(
  canHandle: (input: HandlerInput, turn: Turn) => boolean,
  handle: (ctx: FlowContext, input: HandlerInput) => Promise<Outcome> | Outcome,
): RequestHandler {
  return {
    canHandle: (input) => {
      const turn = turnOf(input);
      return turn !== undefined && canHandle(input, turn);
    },
    handle: async (input) => {
      const turn = turnOf(input) as Turn;
      return render(turn, await handle(contextOf(turn), input));
    },
  };
}
