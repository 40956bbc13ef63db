import { CONSENT_VERSION, consentRecord, consentStatus, mayStore, shouldAskConsent } from '../../lambda/domain/consent';
import { explicitWording, shortOpenings } from '../../lambda/domain/discretion';
import { keepsTraining, storedItems } from '../../lambda/domain/myData';
import type { StoredData } from '../../lambda/domain/myData';
import { verdictForCount } from '../../lambda/domain/silentSelfTest';
import { myDataCard, myDataSpeech, silentSelfTestSpeech } from '../../lambda/speech/privacyTexts';
import { translatorFor } from '../../lambda/speech/translator';
import { ALEXA_LIMITS, estimatedSeconds } from '../helpers/alexaLimits';
import { claimsIn } from '../helpers/claims';

const t = translatorFor('nl-NL');
const current = consentRecord('2026-12-06');
const older = { givenOn: '2026-01-01', version: '2025-01-01' };

describe('consent: may we store?', () => {
  it('records the date and the version of the text heard', () => {
    expect(current).toEqual({ givenOn: '2026-12-06', version: CONSENT_VERSION });
  });

  it.each([
    ['nothing stored, not asked', {}, 'unasked', false, true],
    ['a stored consent to this text', { stored: current }, 'given', true, false],
    ['a stored consent to an older text', { stored: older }, 'unasked', false, true],
    ['"ja" in this session', { session: 'given' as const }, 'given', true, false],
    ['"nee" in this session', { session: 'refused' as const }, 'refused', false, false],
    ['"nee" in this session over an older stored consent', { stored: older, session: 'refused' as const }, 'refused', false, false],
  ])('%s: %s', (_, input, status, store, ask) => {
    expect(consentStatus(input)).toBe(status);
    expect(mayStore(input)).toBe(store);
    expect(shouldAskConsent(input)).toBe(ask);
  });
});

describe('discretion', () => {
  it('keeps reminders and cards neutral unless plain words were asked for', () => {
    expect([undefined, 'discreet', 'plain'].map((d) => explicitWording(d as never))).toEqual([false, false, true]);
  });

  it('shortens the spoken openings only when discretion was asked for', () => {
    expect([undefined, 'discreet', 'plain'].map((d) => shortOpenings(d as never))).toEqual([false, true, false]);
  });

  it('has a neutral reminder text without health words, and an explicit one on request', () => {
    expect(t('discretion.reminderNeutral')).toBe('Tijd voor je oefeningen.');
    expect(t('discretion.reminderNeutral')).not.toMatch(/bekken|plas|urine|incontin|klacht/i);
    expect(t('discretion.reminderExplicit')).toMatch(/bekkenbodem/);
    for (const key of ['discretion.welcomeShort', 'discretion.welcomeBackShort', 'myData.cardTitle'] as const) {
      expect(t(key)).not.toMatch(/bekken|plas|urine|incontin|klacht/i);
    }
  });
});

describe('"wat weet je over mij"', () => {
  const everything: StoredData = {
    startblok: { holdSeconds: 4, repetitions: 6, setOn: '2026-11-20' },
    trainingDays: 5,
    focus: 'ontspanning',
    reminderTimes: ['8 uur ’s ochtends', '8 uur ’s avonds'],
    consent: current,
    discretion: 'discreet',
  };

  it('lists on the card exactly what is stored, what is never stored, and how to erase it', () => {
    const card = myDataCard(t, storedItems(everything));
    expect(card.title).toBe('Wat ik over je bewaar');
    expect(card.text.split('\n')).toEqual([
      'Startblok: 4 seconden, 6 keer, ingesteld op 2026-11-20.',
      'Oefendagen: per dag hoe vaak je oefende; deze week op 5 dagen. Dagtellingen worden na ongeveer dertien maanden vanzelf gewist.',
      'Waar je aan werkt: ontspanning.',
      'Herinneringen: elke dag om 8 uur ’s ochtends, 8 uur ’s avonds.',
      `Toestemming: gegeven op 2026-12-06, versie ${CONSENT_VERSION}.`,
      'Voorkeur: discreet.',
      'Nooit bewaard: je antwoorden op de zelftest, klachten die je noemt, en wat je zegt.',
      'Alles wissen: zeg vergeet mij, of stop met bewaren.',
    ]);
  });

  it('says in two sentences what is kept, or that nothing is', () => {
    const sentences = (ssml: string) => ssml.match(/<s>/g)?.length;
    const full = myDataSpeech(t, keepsTraining(everything), true);
    expect(sentences(full.ssml)).toBe(2);
    expect(full.ssml).toContain('Ik bewaar je startblok, op welke dagen je hebt geoefend');
    const consentOnly = { trainingDays: 0, reminderTimes: [], consent: current };
    expect(keepsTraining(consentOnly)).toBe(false);
    expect(myDataSpeech(t, false, true).ssml).toContain('alleen dat je me toestemming gaf');
    expect(myDataSpeech(t, false, false).ssml).toBe(
      '<s>Ik bewaar niets over je.</s><s>Je hebt me daar geen toestemming voor gegeven, dus na dit gesprek weet ik niets meer van je.</s>',
    );
    expect(myDataCard(t, []).text.split('\n')[0]).toBe('Ik bewaar nu niets over je.');
  });
});

describe('the silent self-test', () => {
  it('reads all ten questions, each with a pause to count, then asks only the total, within Alexa’s limits', () => {
    const speech = silentSelfTestSpeech(t);
    expect(speech.ssml.match(/<break time="4000ms"\/>/g)).toHaveLength(10);
    expect(speech.ssml).toContain(`<s>${t('selfTest.question10')}</s>`);
    expect(speech.ssml.endsWith('<s>Bij hoeveel vragen was je antwoord ja? Zeg het aantal, of zeg: twee of meer.</s>')).toBe(true);
    expect(speech.ssml.length).toBeLessThan(ALEXA_LIMITS.ssmlCharacters);
    expect(estimatedSeconds(speech.ssml)).toBeLessThanOrEqual(ALEXA_LIMITS.responseSeconds);
  });

  it('turns the total into guidance: two or more means see a bekkenfysiotherapeut; impossible totals are asked again', () => {
    expect([0, 1, 2, 10].map(verdictForCount)).toEqual(['keepTraining', 'keepTraining', 'seePhysiotherapist', 'seePhysiotherapist']);
    expect([-1, 11, 1.5].map(verdictForCount)).toEqual([undefined, undefined, undefined]);
  });

  it('makes no claims in its new strings', () => {
    for (const key of ['discretion.silentIntro', 'discretion.silentAsk', 'discretion.selfTestHint', 'consent.question'] as const) {
      expect(claimsIn(t(key))).toEqual([]);
    }
  });
});
