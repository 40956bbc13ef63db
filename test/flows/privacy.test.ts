import { CONSENT_VERSION } from '../../lambda/domain/consent';
import { storing } from '../../lambda/flows/consent';
import { askStopStoring } from '../../lambda/flows/privacy';
import { setDiscretion } from '../../lambda/flows/discretion';
import { launch } from '../../lambda/flows/launch';
import { myData } from '../../lambda/flows/myData';
import { silentSelfTest, takeCount } from '../../lambda/flows/selfTest';
import { flowContext } from '../helpers/flowContext';

const consent = { givenOn: '2026-11-20', version: CONSENT_VERSION };

describe('consent, as data', () => {
  it('asks a new user after the greeting, and writes nothing before the answer', async () => {
    const { ctx, calls } = flowContext({ askConsent: true });
    expect(await launch(ctx)).toEqual({
      speech: [{ key: 'launch.welcome' }, { key: 'launch.disclaimer' }, { key: 'consent.question' }],
      reprompt: [{ key: 'consent.questionReprompt' }],
      next: { step: 'askConsent' },
    });
    expect(calls.profiles).toEqual([]);
    expect(storing(ctx)).toBe(false);
  });

  it('asks a stored user without a current consent with the greeting for a returning user', async () => {
    const { ctx } = flowContext({
      askConsent: true,
      profile: { version: 3, welcomedOn: '2026-10-01', consent: { ...consent, version: 'old' } },
    });
    expect((await launch(ctx)).speech).toEqual([{ variant: 'welcomeBack' }, { key: 'consent.questionExisting' }]);
  });

  it('does not ask a user who consented to this version, and lets them store', async () => {
    const { ctx } = flowContext({ askConsent: true, profile: { version: 2, welcomedOn: '2026-10-01', consent } });
    expect((await launch(ctx)).speech).not.toContainEqual({ key: 'consent.questionExisting' });
    expect(storing(ctx)).toBe(true);
  });

  it('says there is nothing to stop when nothing is stored and nothing may be', async () => {
    const { ctx } = flowContext({ askConsent: true });
    ctx.state.consent = 'refused';
    expect(await askStopStoring(ctx)).toMatchObject({ speech: [{ key: 'consent.nothingKept' }, { key: 'question.idle' }] });
  });
});

describe('"wat weet je over mij", as data', () => {
  it("lists every stored item on the card, one text per line, the self-test's date included", async () => {
    const { ctx } = flowContext({
      profile: {
        version: 4,
        consent,
        focus: 'ontspanning',
        discretion: 'plain',
        startblok: { holdSeconds: 4, repetitions: 6, setOn: '2026-11-20' },
        selfTestOn: '2026-11-22',
      },
    });
    const state = ctx.state.user!;
    ctx.state.user = { ...state, recentDays: [{ ...state.today, date: '2026-11-21', sessions: 2 }] };
    expect(await myData(ctx)).toEqual({
      speech: [{ key: 'myData.summary' }, { key: 'myData.cardAndErase' }, { key: 'myData.question' }],
      reprompt: [{ key: 'myData.question' }],
      next: { step: 'idle' },
      card: {
        kind: 'lines',
        title: 'myData.cardTitle',
        lines: [
          { key: 'myData.card.startblok', vars: { seconds: 4, count: 6, date: '2026-11-20' } },
          { key: 'myData.card.trainingDays', vars: { count: 1 } },
          { key: 'myData.card.focusRelaxation' },
          // The date of the self-test is kept (to know when one was done), its answers never.
          { key: 'myData.card.selfTest', vars: { date: '2026-11-22' } },
          { key: 'myData.card.consent', vars: { date: '2026-11-20', version: CONSENT_VERSION } },
          { key: 'myData.card.plain' },
          { key: 'myData.card.never' },
          { key: 'myData.card.erase' },
        ],
      },
    });
  });
});

describe('discretion and the silent self-test, as data', () => {
  it('keeps the wording for the session only, and says so, without consent', async () => {
    const { ctx, calls } = flowContext({ askConsent: true });
    expect((await setDiscretion(ctx, 'discreet')).speech).toEqual([
      { key: 'discretion.discreetOn' },
      { key: 'discretion.sessionOnly' },
      { key: 'discretion.question' },
    ]);
    expect(calls.profiles).toEqual([]);
    expect(ctx.state.discretion).toBe('discreet');
  });

  it('reads ten questions with a pause each, and keeps no progress in the session', () => {
    const { ctx } = flowContext();
    const answer = silentSelfTest(ctx);
    expect(answer.speech.filter((p) => 'pause' in p)).toHaveLength(10);
    expect(answer.next).toEqual({ step: 'selfTestCount' });
    expect(ctx.state.selfTest).toBeUndefined();
  });

  it('stores only the date of a finished test, never the count', async () => {
    const { ctx, calls } = flowContext();
    expect((await takeCount(ctx, 3)).speech[0]).toEqual({ key: 'selfTest.seePhysiotherapist' });
    expect(calls.profiles.map((p) => Object.keys(p).filter((k) => k !== 'version'))).toEqual([['selfTestOn']]);
    expect((await takeCount(ctx, 11)).next).toEqual({ step: 'selfTestCount' });
  });
});

describe("the discreet opening, with care's launch offers", () => {
  const discreet = { version: 4, welcomedOn: '2026-10-01', consent, discretion: 'discreet' as const };

  it('is short before the plain training offer', async () => {
    const { ctx } = flowContext({ profile: discreet });
    expect(await launch(ctx)).toMatchObject({
      speech: [{ key: 'discretion.welcomeBackShort' }],
      reprompt: [{ key: 'discretion.welcomeShortReprompt' }],
    });
  });

  it('asks the resume question as it is, so "ja" answers what was heard', async () => {
    const point = {
      request: { programme: 'startblokTraining', holdSeconds: 7, repetitions: 12, position: 'zittend' },
      setIndex: 0,
      segmentIndex: 1,
      repetitionsDone: 6,
      on: '2026-11-23',
    } as const;
    const { ctx, calls } = flowContext({ profile: { ...discreet, resumePoint: point } });
    const answer = await launch(ctx);
    expect(answer.speech).not.toContainEqual({ key: 'discretion.welcomeBackShort' });
    expect(answer.speech).not.toContainEqual({ variant: 'welcomeBack' });
    expect(answer).toMatchObject({ next: { step: 'offerResume', point } });
    expect(calls.profiles.at(-1)?.resumePoint).toBeUndefined();
  });
});
