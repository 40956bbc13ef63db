import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getIntentName, getRequestType } from 'ask-sdk-core';
import { keepDroppedWork } from '../flows/exercise';
import type { Outcome } from '../skill/answer';
import { isSilent } from '../skill/answer';
import type { Dialog } from '../skill/dialog';
import { idle } from '../skill/dialog';
import type { IntentName } from '../skill/intentNames';
import type { FlowContext } from '../skill/context';
import { contextOf } from '../skill/context';
import { render } from '../skill/render';
import type { Turn } from '../skill/turn';
import { turnOf } from '../skill/turn';

/** True for an IntentRequest of one of these intents; only names of the interaction model compile (npm run model). */
export function isIntent(input: HandlerInput, ...names: readonly IntentName[]): boolean {
  const envelope = input.requestEnvelope;
  return getRequestType(envelope) === 'IntentRequest' && (names as readonly string[]).includes(getIntentName(envelope));
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
      const ctx = contextOf(turn);
      const outcome = await handle(ctx, input);
      await keepDroppedWork(ctx, nextDialog(outcome, turn.state.dialog), turn.workRecorded ?? []);
      return render(turn, outcome);
    },
  };
}

/** Where the outcome leaves the dialog: a closing answer ends it, a silent one may keep it. */
function nextDialog(outcome: Outcome, current: Dialog): Dialog {
  if (isSilent(outcome)) return outcome.next ?? current;
  return outcome.next === 'end' ? idle : outcome.next;
}
