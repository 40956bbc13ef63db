import { getRequestType } from 'ask-sdk-core';
import { encouragement, maintenanceDue, programmeStart, retestDue } from '../domain/progress';
import type { UserProfile } from '../persistence/userData';
import type { Response } from 'ask-sdk-model';
import { join, nothing, say } from '../speech/ssml';
import type { TextKey } from '../speech/translator';
import type { Dialog } from '../skill/dialog';
import type { Turn } from '../skill/turn';
import { handler, storedStartblok } from './common';
import { changeProfile } from './recording';
import { ask } from '../skill/reply';
import { vary } from '../skill/variety';

interface Offer {
  readonly text: string;
  readonly reprompt: TextKey;
  readonly dialog: Dialog;
}

/**
 * What a returning user is offered, most important first: the step to maintenance after six
 * months, a new measurement every two weeks, relaxation for a tense floor, else the training.
 */
function offerFor(turn: Turn, profile: UserProfile): { offer: Offer; offered: boolean } {
  const { t, today } = turn;
  const startblok = profile.startblok;
  const startedOn = programmeStart(profile.startblokHistory);
  const maintenance = profile.maintenanceFrom !== undefined;
  if (startblok && maintenanceDue(startedOn, maintenance, today) && retestDue(startedOn, profile.progressionOfferedOn, today)) {
    return {
      offer: { text: t('progress.maintenanceDue'), reprompt: 'progress.maintenanceReprompt', dialog: { step: 'offerMaintenance' } },
      offered: true,
    };
  }
  if (startblok && !maintenance && retestDue(startblok.setOn, profile.progressionOfferedOn, today)) {
    return {
      offer: { text: t('progress.retestDue'), reprompt: 'progress.retestReprompt', dialog: { step: 'offerRetest' } },
      offered: true,
    };
  }
  if (profile.focus === 'ontspanning') {
    return {
      offer: { text: t('exercises.offerRelaxation'), reprompt: 'exercises.offerRelaxationReprompt', dialog: { step: 'offerRelaxation' } },
      offered: false,
    };
  }
  if (!startblok) {
    return {
      offer: { text: t('training.needsStartblok'), reprompt: 'training.needsStartblokReprompt', dialog: { step: 'offerMeasure' } },
      offered: false,
    };
  }
  const vars = { hold: startblok.holdSeconds, repetitions: startblok.repetitions };
  const text = maintenance ? t('progress.maintenanceOffer', vars) : t('training.offer', vars);
  return { offer: { text, reprompt: 'training.offerReprompt', dialog: { step: 'offerTraining' } }, offered: false };
}

/** A returning user's launch: a word of encouragement when it is due, then the offer. */
async function welcomeBack(turn: Turn, profile: UserProfile): Promise<Response> {
  const { offer, offered } = offerFor(turn, profile);
  const cheer = encouragement(programmeStart(profile.startblokHistory), profile.encouragedOn, turn.today);
  if (offered || cheer) {
    await changeProfile(turn, (p) => ({
      ...p,
      progressionOfferedOn: offered ? turn.today : p.progressionOfferedOn,
      encouragedOn: cheer ? turn.today : p.encouragedOn,
    }));
  }
  const cheerText = cheer ? say(turn.t(cheer === 'weeks3to6' ? 'progress.weeks3to6' : 'progress.later')) : nothing;
  return ask(turn, join(vary(turn, 'welcomeBack'), cheerText, say(offer.text)), say(turn.t(offer.reprompt)), offer.dialog);
}

export const LaunchHandler = handler(
  (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  async (turn) => {
    const { t } = turn;
    if (!turn.state.user) {
      return ask(turn, say(t('error.storageDown')), say(t('startblok.askWhichReprompt')), { step: 'askStartblok' });
    }
    const profile = turn.state.user.profile;
    if (!profile.welcomedOn) {
      await changeProfile(turn, (p) => ({ ...p, welcomedOn: turn.today }));
      const { offer } = firstOffer(turn, profile);
      return ask(turn, join(say(t('launch.welcome')), say(t('launch.disclaimer')), say(offer.text)), say(t(offer.reprompt)), offer.dialog);
    }
    return welcomeBack(turn, profile);
  },
);

/** A first visit: the startblok offer (or the one already set one-shot), nothing else yet. */
function firstOffer(turn: Turn, profile: UserProfile): { offer: Offer } {
  const startblok = storedStartblok(turn);
  if (startblok || profile.focus === 'ontspanning') return { offer: offerFor(turn, profile).offer };
  return { offer: { text: turn.t('launch.offerMeasure'), reprompt: 'launch.offerMeasureReprompt', dialog: { step: 'offerMeasure' } } };
}
