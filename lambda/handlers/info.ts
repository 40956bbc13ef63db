import { INFO_FOLLOW_UP } from '../domain/advice';
import { INFO_TEXT } from '../speech/adviceTexts';
import { join, say } from '../speech/ssml';
import { idle } from '../skill/dialog';
import { infoTopicSlot } from './adviceSlots';
import { firstVisitNote, handler, isIntent } from './common';
import { askFollowUp } from './followUp';
import { ask } from '../skill/reply';

/** One or two sentences on a topic, then a related action to take; no topic: ask which. */
export const InfoHandler = handler(
  (input) => isIntent(input, 'InfoIntent'),
  async (turn) => {
    const { t } = turn;
    const note = await firstVisitNote(turn);
    const topic = infoTopicSlot(turn.input);
    if (!topic) return ask(turn, join(note, say(t('info.askTopic'))), say(t('info.askTopicReprompt')), idle);
    return askFollowUp(turn, join(note, say(t(INFO_TEXT[topic]))), INFO_FOLLOW_UP[topic]);
  },
);
