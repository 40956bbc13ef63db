import { getRequestType } from 'ask-sdk-core';
import type { events } from 'ask-sdk-model';
import { consentUnsure } from '../flows/consent';
import { setDiscretion } from '../flows/discretion';
import { myData } from '../flows/myData';
import { askDelete, askStopStoring } from '../flows/privacy';
import { silent } from '../skill/answer';
import { handler, isIntent } from './common';

export const MyDataHandler = handler(
  (input) => isIntent(input, 'MyDataIntent'),
  (ctx) => myData(ctx),
);

/** "Ik weet het niet" to the consent question: no miss, but what it means either way. */
export const ConsentUnsureHandler = handler(
  (input, turn) => isIntent(input, 'DontKnowIntent') && turn.state.dialog.step === 'askConsent',
  () => consentUnsure(),
);

/** Withdrawing consent: one question, then everything the one asking has stored is erased. */
export const StopStoringHandler = handler(
  (input) => isIntent(input, 'StopStoringIntent'),
  (ctx) => askStopStoring(ctx),
);

export const DiscreetHandler = handler(
  (input) => isIntent(input, 'DiscreetIntent'),
  (ctx) => setDiscretion(ctx, 'discreet'),
);

export const PlainWordsHandler = handler(
  (input) => isIntent(input, 'PlainWordsIntent'),
  (ctx) => setDiscretion(ctx, 'plain'),
);

export const DeleteDataHandler = handler(
  (input) => isIntent(input, 'DeleteDataIntent'),
  (ctx) => askDelete(ctx),
);

/** Disabling the skill deletes the whole account, every person in it included. */
export const SkillDisabledHandler = handler(
  (input) => getRequestType(input.requestEnvelope) === 'AlexaSkillEvent.SkillDisabled',
  async (ctx, input) => {
    // ask-sdk-model 1.86 does not type the event's body; Alexa sends it (alexa-platform.md 4.4).
    const request = input.requestEnvelope.request as events.skillevents.SkillDisabledRequest & {
      body?: { userInformationPersistenceStatus?: 'PERSISTED' | 'NOT_PERSISTED' };
    };
    const userId = input.requestEnvelope.context?.System?.user?.userId;
    // PERSISTED means the userId lives on (e.g. purchases): the data may stay.
    if (request.body?.userInformationPersistenceStatus === 'NOT_PERSISTED' && userId) await ctx.store.deleteAccount(userId);
    return silent();
  },
);
