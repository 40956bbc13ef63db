import { AttributesManagerFactory, ResponseFactory } from 'ask-sdk-core';
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Answer } from '../../lambda/skill/answer';
import { ask, askText, tell, text } from '../../lambda/skill/answer';
import type { LogLine } from '../../lambda/skill/log';
import { render } from '../../lambda/skill/render';
import { parseSessionState } from '../../lambda/skill/sessionState';
import type { Turn } from '../../lambda/skill/turn';
import { translatorFor } from '../../lambda/speech/translator';
import { readable } from '../../tools/ssmlText';
import { caller, intentRequest } from '../helpers/requests';

/** One turn with the SDK's own builders and nothing else: no database, no skill. */
function turnFor(attributes: Record<string, unknown> = {}): { turn: Turn; logs: LogLine[] } {
  const requestEnvelope = intentRequest({ ...caller('amzn1.ask.account.render'), isNew: false, attributes }, 'AMAZON.HelpIntent');
  const input: HandlerInput = {
    requestEnvelope,
    context: {},
    attributesManager: AttributesManagerFactory.init({ requestEnvelope }),
    responseBuilder: ResponseFactory.init(),
  };
  const logs: LogLine[] = [];
  const turn: Turn = {
    input,
    deps: {
      store: undefined as never,
      now: () => new Date('2026-11-23T08:00:00Z'),
      newId: () => 'run-1',
      log: (line) => logs.push(line),
      random: () => 0,
    },
    t: translatorFor('nl-NL'),
    today: '2026-11-23',
    state: parseSessionState(attributes),
    storageDown: false,
    startedMs: 0,
  };
  return { turn, logs };
}

const said = (response: Response) => ({
  A: readable((response.outputSpeech as { ssml: string }).ssml),
  R: response.reprompt && readable((response.reprompt.outputSpeech as { ssml: string }).ssml),
  end: response.shouldEndSession,
});

const t = translatorFor('nl-NL');

describe('the renderer keeps Alexa rules on every answer', () => {
  it('renders a good open answer as it is, and keeps it as data for "herhaal"', () => {
    const { turn, logs } = turnFor();
    const response = render(
      turn,
      ask([{ variant: 'praise' }, text('question.offerTraining')], [text('training.offerReprompt')], { step: 'offerTraining' }),
    );
    expect(said(response)).toEqual({
      A: `${t('variant.praise.1')} ${t('question.offerTraining')}`,
      R: t('training.offerReprompt'),
      end: false,
    });
    expect(logs).toEqual([]);
    expect(turn.input.attributesManager.getSessionAttributes()).toMatchObject({
      dialog: { step: 'offerTraining' },
      last: { speech: [{ key: 'variant.praise.1' }, { key: 'question.offerTraining' }], reprompt: [{ key: 'training.offerReprompt' }] },
    });
  });

  it("adds the step's question to an open answer that does not end with one, and logs it", () => {
    const { turn, logs } = turnFor();
    const response = render(turn, ask([text('focus.kracht')], [text('training.offerReprompt')], { step: 'offerTraining' }));
    expect(said(response)).toEqual({
      A: `${t('focus.kracht')} ${t('question.offerTraining')}`,
      R: t('help.offerTraining'),
      end: false,
    });
    expect(logs).toEqual([{ event: 'error', error: 'AnswerRule:noQuestion' }]);
  });

  it('never sends a reprompt that is the speech word for word', () => {
    const { turn, logs } = turnFor();
    const response = render(turn, askText('question.offerTraining', 'question.offerTraining', { step: 'offerTraining' }));
    expect(said(response)).toEqual({ A: t('question.offerTraining'), R: t('help.offerTraining'), end: false });
    expect(logs).toEqual([{ event: 'error', error: 'AnswerRule:repromptRepeatsSpeech' }]);
  });

  it('says the general error instead of an answer Alexa would refuse (too long), and never throws', () => {
    const { turn, logs } = turnFor();
    const tooLong: Answer = tell(Array.from({ length: 40 }, () => text('help.general')));
    expect(said(render(turn, tooLong))).toEqual({ A: t('error.general'), R: t('question.idle'), end: false });
    expect(logs).toEqual([{ event: 'error', error: 'AnswerRule:speechCharacters,speechSeconds' }]);
    expect(turn.input.attributesManager.getSessionAttributes()).toMatchObject({ dialog: { step: 'idle' } });
  });
});

describe('"herhaal" reads back data, never markup', () => {
  it('drops a stored answer with an unknown key or with markup, so nothing forged is said', () => {
    for (const last of [
      { speech: [{ key: 'no.such.key' }] },
      { speech: '<s>Hallo.</s><audio src="https://example.org/x.mp3"/>' },
      { speech: [{ key: 'help.general' }], reprompt: [] },
      { speech: [{ segment: { plan: { programme: 'lift', holdSeconds: 99, explain: false }, set: 0, index: 0 } }] },
    ]) {
      expect(parseSessionState({ last }).last).toBeUndefined();
    }
  });

  it('keeps a well-formed stored answer', () => {
    const last = { speech: [{ segment: { plan: { programme: 'pelvicTilt' }, set: 0, index: 1 } }, { key: 'tilt.done' }] };
    expect(parseSessionState({ last }).last).toEqual(last);
  });
});
