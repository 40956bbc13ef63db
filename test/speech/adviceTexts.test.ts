import { TIP_LISTS } from '../../lambda/domain/advice';
import { SELF_TEST } from '../../lambda/domain/selfTest';
import { SELF_TEST_QUESTIONS, TIP_PAGES } from '../../lambda/speech/adviceTexts';
import { translatorFor } from '../../lambda/speech/translator';

const t = translatorFor('nl-NL');

describe('advice texts', () => {
  it('has one question text per self-test question, each a question', () => {
    expect(SELF_TEST_QUESTIONS).toHaveLength(SELF_TEST.questions);
    for (const key of SELF_TEST_QUESTIONS) expect(t(key)).toMatch(/^[A-Z].*\?$/);
  });

  it.each(TIP_LISTS)('%s: a few tips per answer, none said twice', (list) => {
    const keys = TIP_PAGES[list].flat();
    expect(new Set(keys).size).toBe(keys.length);
    for (const page of TIP_PAGES[list]) expect(page.length).toBeGreaterThanOrEqual(1);
    for (const page of TIP_PAGES[list]) expect(page.length).toBeLessThanOrEqual(3);
  });

  it('never asks to push or to hold the breath in the toilet tips', () => {
    const text = TIP_PAGES.toilet
      .flat()
      .map((key) => t(key))
      .join(' ');
    expect(text).not.toMatch(/adem (in )?vast|adem inhouden/i);
    expect(text.match(/pers\w*/gi)).toEqual(['persen']);
    expect(text).toContain('Niet persen.');
  });
});
