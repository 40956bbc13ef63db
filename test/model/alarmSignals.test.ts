import { loadModel } from '../../tools/nlu/interactionModel';
import { Resolver } from '../../tools/nlu/resolve';

/** Every alarm signal of the content brief, in lay words, reaches AlarmSignalIntent; ordinary complaints do not. */
const resolver = new Resolver(loadModel());

describe('alarm signals', () => {
  it.each([
    ['sudden loss of bladder control', 'ik heb ineens geen controle meer over mijn blaas'],
    ['sudden loss of bowel control', 'ik verlies plotseling mijn ontlasting'],
    ['sudden loss, in the trousers', 'ik plas opeens in mijn broek'],
    ['persistent severe pain', 'ik heb al dagen hevige pijn in mijn onderbuik'],
    ['severe pain', 'mijn bekken doet ontzettend veel pijn'],
    ['fever', 'ik heb koorts'],
    ['fever, with a date', 'sinds gisteren heb ik hoge koorts'],
    ['blood in urine', 'ik plas bloed'],
    ['blood in stool', 'er zit bloed in mijn poep'],
    ['blood on the paper', 'ik zie bloed op het toiletpapier'],
    ['a palpable bulge', 'ik voel een bobbel bij mijn vagina'],
    ['something coming out', 'er komt iets uit mijn schede'],
    ['numbness in the legs', 'mijn benen zijn ineens gevoelloos'],
    ['numbness in the perineum', 'ik heb geen gevoel meer in mijn kruis'],
    ['loss of strength in the legs', 'ik heb plotseling geen kracht in mijn benen'],
  ])('%s: "%s"', (_, utterance) => {
    expect(resolver.resolve(utterance).intent).toBe('AlarmSignalIntent');
  });

  it.each([
    'ik verlies een beetje urine als ik hoest',
    'ik lek een beetje bij het niezen',
    'ik moet vaak plassen',
    'ik plas vaak',
    'ik kan niet goed poepen',
    'ik heb last van verstopping',
    'ik heb een zwakke bekkenbodem',
    'ik heb spierpijn van de training',
  ])('an ordinary complaint is no alarm: "%s"', (utterance) => {
    expect(resolver.resolve(utterance).intent).not.toBe('AlarmSignalIntent');
  });

  it('keeps every word of an alarm signal, and of our own subject, out of the fallback samples', () => {
    const fallback = loadModel().intents.find((i) => i.name === 'AMAZON.FallbackIntent')?.samples ?? [];
    const ours =
      /\b(koorts|bloed|gevoel|verdoofd|bult|bobbel|plotseling|ineens|opeens|verzak|bekken|plas|urine|ontlasting|poep|oefen|train|herinner|startblok|knijp)/;
    expect(fallback.length).toBeGreaterThan(0);
    expect(fallback.filter((sample) => ours.test(sample))).toEqual([]);
  });
});
