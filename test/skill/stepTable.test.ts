import { ACTIONS } from '../../lambda/flows/actions';
import type { StepAnswers } from '../../lambda/skill/dialog';
import { STEP_TABLE, parseDialog } from '../../lambda/skill/dialog';
import nl from '../../lambda/i18n/nl.json';

const entries = Object.entries(STEP_TABLE) as [string, StepAnswers][];

/** The answers each kind of question cannot do without. */
const NEEDS: Record<StepAnswers['kind'], (keyof StepAnswers)[]> = {
  idle: ['no', 'question', 'help', 'retry', 'canSay'],
  offer: ['yes', 'no', 'question', 'help', 'retry', 'canSay'],
  number: ['question', 'help', 'retry', 'canSay'],
  choice: ['question', 'help', 'retry', 'canSay'],
  running: ['yes', 'no', 'question', 'help', 'retry', 'canSay'],
};

const text = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], nl);

describe('the step table: one declaration per conversation step', () => {
  it.each(entries)('%s has every answer its kind needs', (_step, answers) => {
    const missing = NEEDS[answers.kind].filter((answer) => answers[answer] === undefined);
    expect(missing).toEqual([]);
  });

  it.each(entries)('%s names only actions that exist, and texts that end with a question where a question is asked', (_step, answers) => {
    for (const action of [answers.yes, answers.no, answers.reask]) if (action) expect(ACTIONS[action]).toBeInstanceOf(Function);
    // A step that words its own question (the self-test) says it after the repair words.
    const asking = answers.reask ? [answers.question, answers.help] : [answers.question, answers.help, answers.canSay];
    for (const key of asking) expect(text(key)).toMatch(/\?$/);
    // The reprompt after a miss is the short question: never the words of the repair itself.
    expect(text(answers.retry)).not.toEqual(text(answers.question));
    expect(text(answers.canSay)).not.toEqual(text(answers.retry));
  });

  it('parses every step it declares back from session attributes, and refuses a step it does not know', () => {
    // These carry a payload they cannot do without: bare, the dialog starts afresh.
    const needPayload = new Set([
      'confirmReminders',
      'askEnduranceHold',
      'sphincterReady',
      'tips',
      'exercise',
      'measureRepetitions',
      'measureAskRepetitions',
      'paused',
      'offerStop',
      'getReady',
      'offerResume',
      'offerShorterHold',
    ]);
    for (const [step] of entries) expect([step, parseDialog({ step }).step]).toEqual([step, needPayload.has(step) ? 'idle' : step]);
    expect(parseDialog({ step: 'makeCoffee' })).toEqual({ step: 'idle' });
    expect(parseDialog({ step: 'paused', resume: { step: 'paused', resume: { step: 'offerTraining' } } })).toEqual({ step: 'idle' });
  });
});
