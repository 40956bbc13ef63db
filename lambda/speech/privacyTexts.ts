import type { DataItem } from '../domain/myData';
import { SILENT_PAUSE_SECONDS } from '../domain/silentSelfTest';
import { SELF_TEST_QUESTIONS } from './adviceTexts';
import { join, say, silence } from './ssml';
import type { Speech } from './ssml';
import type { Translate } from './translator';

/**
 * The words for consent, "wat weet je over mij" and discretion. Every card line is a whole
 * sentence of its own from the resource file; nothing is glued from parts.
 */

/** The card that lists what is stored: its title names no health condition. */
export function myDataCard(t: Translate, items: readonly DataItem[]): { title: string; text: string } {
  const lines = items.map((item) => {
    switch (item.kind) {
      case 'startblok':
        return t('myData.card.startblok', { seconds: item.holdSeconds, count: item.repetitions, date: item.setOn });
      case 'trainingDays':
        return t('myData.card.trainingDays', { count: item.count });
      case 'focus':
        return item.focus === 'kracht' ? t('myData.card.focusStrength') : t('myData.card.focusRelaxation');
      case 'reminders':
        return t('myData.card.reminders', { times: item.times.join(', ') });
      case 'consent':
        return t('myData.card.consent', { date: item.givenOn, version: item.version });
      case 'discretion':
        return item.discretion === 'discreet' ? t('myData.card.discreet') : t('myData.card.plain');
    }
  });
  const body = lines.length > 0 ? lines : [t('myData.card.nothing')];
  return { title: t('myData.cardTitle'), text: [...body, t('myData.card.never'), t('myData.card.erase')].join('\n') };
}

/** The two spoken sentences: what is kept, and where the full list is and how to erase it. */
export function myDataSpeech(t: Translate, keepsTraining: boolean, stored: boolean): Speech {
  if (!stored) return join(say(t('myData.nothing')), say(t('myData.nothingWhy')));
  return join(say(keepsTraining ? t('myData.summary') : t('myData.onlyConsent')), say(t('myData.cardAndErase')));
}

/** All ten questions, each followed by a pause to count it; then the one question for the total. */
export function silentSelfTestSpeech(t: Translate): Speech {
  return join(
    say(t('discretion.silentIntro')),
    ...SELF_TEST_QUESTIONS.flatMap((key, i) => [
      say(t('selfTest.questionNumber', { number: i + 1 })),
      say(t(key)),
      silence(SILENT_PAUSE_SECONDS),
    ]),
    say(t('discretion.silentAsk')),
  );
}
