import { getRequestType } from 'ask-sdk-core';
import { join, say } from '../speech/ssml';
import { changeProfile } from './recording';
import { ask } from './reply';
import { handler, storedStartblok } from './common';

export const LaunchHandler = handler(
  (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  async (turn) => {
    const { t } = turn;
    if (!turn.state.user) {
      return ask(turn, say(t('error.storageDown')), say(t('startblok.askWhichReprompt')), { step: 'askStartblok' });
    }
    const startblok = storedStartblok(turn);
    // A tense pelvic floor learns to let go first: relaxation is offered before strength.
    const offer =
      turn.state.user.profile.focus === 'ontspanning'
        ? { text: t('exercises.offerRelaxation'), reprompt: t('exercises.offerRelaxationReprompt'), step: 'offerRelaxation' as const }
        : startblok
          ? { text: t('training.offer', { hold: startblok.holdSeconds, repetitions: startblok.repetitions }), reprompt: t('training.offerReprompt'), step: 'offerTraining' as const }
          : { text: t('launch.offerMeasure'), reprompt: t('launch.offerMeasureReprompt'), step: 'offerMeasure' as const };
    if (!turn.state.user.profile.welcomedOn) {
      await changeProfile(turn, (p) => ({ ...p, welcomedOn: turn.today }));
      return ask(turn, join(say(t('launch.welcome')), say(t('launch.disclaimer')), say(offer.text)), say(offer.reprompt), {
        step: offer.step,
      });
    }
    if (offer.step === 'offerMeasure') {
      return ask(turn, join(say(t('launch.welcomeBack')), say(t('training.needsStartblok'))), say(t('training.needsStartblokReprompt')), {
        step: 'offerMeasure',
      });
    }
    return ask(turn, join(say(t('launch.welcomeBack')), say(offer.text)), say(offer.reprompt), { step: offer.step });
  },
);
