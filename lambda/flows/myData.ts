import type { DataItem, StoredData } from '../domain/myData';
import { keepsTraining, storedItems } from '../domain/myData';
import type { Answer, Part } from '../skill/answer';
import { askText, text } from '../skill/answer';
import type { FlowContext } from '../skill/context';
import { idle } from '../skill/dialog';
import { storedBefore } from './consent';
import { inPassing } from './inPassing';

/**
 * What the table holds for the one asking, from the session's copy (read once per session):
 * nothing after a "nee" (which erased it), nothing for a user never stored.
 */
function storedData(ctx: FlowContext): StoredData | undefined {
  const user = ctx.state.user;
  if (!user || ctx.state.consent === 'refused' || !storedBefore(ctx)) return undefined;
  const days = new Set(
    [...user.recentDays, user.today]
      .filter((d) => d.sessions + d.quickSets + d.lift + d.sphincter + d.relaxation + d.layers > 0)
      .map((d) => d.date),
  );
  const p = user.profile;
  return {
    startblok: p.startblok,
    trainingDays: days.size,
    focus: p.focus,
    selfTestOn: p.selfTestOn,
    reminderTimes: [],
    consent: p.consent,
    discretion: p.discretion,
  };
}

function cardLine(item: DataItem): Part {
  switch (item.kind) {
    case 'startblok':
      return text('myData.card.startblok', { seconds: item.holdSeconds, count: item.repetitions, date: item.setOn });
    case 'trainingDays':
      return text('myData.card.trainingDays', { count: item.count });
    case 'focus':
      return text(item.focus === 'kracht' ? 'myData.card.focusStrength' : 'myData.card.focusRelaxation');
    case 'selfTest':
      return text('myData.card.selfTest', { date: item.on });
    case 'reminders':
      return text('myData.card.reminders', { times: item.times.join(', ') });
    case 'consent':
      return text('myData.card.consent', { date: item.givenOn, version: item.version });
    case 'discretion':
      return text(item.discretion === 'discreet' ? 'myData.card.discreet' : 'myData.card.plain');
  }
}

/**
 * "Wat weet je over mij": two sentences, and the whole list as a card in the Alexa app. Asked
 * where a question is owed ("Zal ik alles wissen?", a set under way), that question comes back.
 */
export async function myData(ctx: FlowContext): Promise<Answer> {
  // Asked at the consent question: what a "ja" would keep, and the question again.
  if (ctx.state.dialog.step === 'askConsent') return askText('consent.whatWouldBeKept', 'consent.questionReprompt', ctx.state.dialog);
  const data = storedData(ctx);
  const items = data ? storedItems(data) : [];
  const speech: Part[] = !data
    ? [text('myData.nothing'), text('myData.nothingWhy')]
    : [text(keepsTraining(data) ? 'myData.summary' : 'myData.onlyConsent'), text('myData.cardAndErase')];
  const lines = items.length > 0 ? items.map(cardLine) : [text('myData.card.nothing')];
  const answer = await inPassing(ctx, speech, () => askText('myData.question', 'myData.question', idle));
  return {
    ...answer,
    card: { kind: 'lines', title: 'myData.cardTitle', lines: [...lines, text('myData.card.never'), text('myData.card.erase')] },
  };
}
