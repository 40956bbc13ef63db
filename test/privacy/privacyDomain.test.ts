import { CONSENT_VERSION, consentRecord, consentStatus, mayStore, shouldAskConsent } from '../../lambda/domain/consent';
import { explicitWording, shortOpenings } from '../../lambda/domain/discretion';
import { verdictForCount } from '../../lambda/domain/silentSelfTest';
import { translatorFor } from '../../lambda/speech/translator';
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
    for (const key of ['discretion.welcomeBackShort', 'myData.cardTitle'] as const) {
      expect(t(key)).not.toMatch(/bekken|plas|urine|incontin|klacht/i);
    }
  });
});

describe('the silent self-test', () => {
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
