import { getRequestType } from 'ask-sdk-core';
import type { events, Response } from 'ask-sdk-model';
import { say } from '../speech/ssml';
import type { Turn } from '../skill/turn';
import { handler, isIntent } from './common';
import { askText, tell } from '../skill/reply';
import { METRIC } from '../services/metrics';

/**
 * A skill event that could not be carried out (the erasure of a disabled skill): the
 * invocation fails, so Lambda's Errors alarm sees it and Alexa delivers the event again.
 */
export class SkillEventError extends Error {
  constructor(cause: unknown) {
    super(`skill event failed: ${(cause as Error).name}`);
    this.name = 'SkillEventError';
  }
}

/**
 * "Vergeet mij" deletes what belongs to the one asking: a recognised voice's own data, or,
 * for an unrecognised voice, the account's own data, never another household member's.
 * Disabling the skill deletes the whole account, every person in it included.
 */
export const DeleteDataHandler = handler(
  (input) => isIntent(input, 'DeleteDataIntent'),
  (turn) => askText(turn, 'privacy.confirmDelete', 'privacy.confirmDeleteReprompt', { step: 'confirmDelete' }),
);

export async function deleteConfirmed(turn: Turn): Promise<Response> {
  if (turn.user === undefined) return tell(turn, say(turn.t('privacy.deleteFailed')));
  try {
    // A marker with the time stays, so sessions opened before it (other devices) write nothing back.
    await turn.deps.store.deleteUser(turn.user, turn.deps.now().getTime(), { abortSignal: turn.signal });
  } catch (error) {
    turn.deps.log({ event: 'storage', error: (error as Error).name });
    turn.deps.metric?.(METRIC.deletionFailed);
    return tell(turn, say(turn.t('privacy.deleteFailed')));
  }
  // Nothing of the deleted data may ride along in the session either.
  turn.state.user = undefined;
  turn.state.unsaved = [];
  turn.state.pendingProfile = undefined;
  return tell(turn, say(turn.t('privacy.deleted')));
}

export function keepData(turn: Turn): Response {
  return askText(turn, 'privacy.kept', 'no.general', { step: 'idle' });
}

export const SkillDisabledHandler = handler(
  (input) => getRequestType(input.requestEnvelope) === 'AlexaSkillEvent.SkillDisabled',
  async (turn) => {
    // ask-sdk-model 1.86 does not type the event's body; Alexa sends it (alexa-platform.md 4.4).
    const request = turn.input.requestEnvelope.request as events.skillevents.SkillDisabledRequest & {
      body?: { userInformationPersistenceStatus?: 'PERSISTED' | 'NOT_PERSISTED' };
    };
    const userId = turn.input.requestEnvelope.context?.System?.user?.userId;
    // PERSISTED means the userId lives on (e.g. purchases): the data may stay.
    if (request.body?.userInformationPersistenceStatus === 'NOT_PERSISTED' && userId) {
      try {
        await turn.deps.store.deleteAccount(userId, turn.deps.now().getTime(), { abortSignal: turn.signal });
      } catch (error) {
        turn.deps.log({ event: 'storage', error: (error as Error).name });
        turn.deps.metric?.(METRIC.deletionFailed);
        throw new SkillEventError(error);
      }
    }
    return turn.input.responseBuilder.getResponse();
  },
);
