import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimsIn, stringsOf } from '../helpers/claims';
import { MANIFEST_PATH, SKILL_PACKAGE } from '../../tools/deploy/skillManifest';

const nl = JSON.parse(readFileSync(join(__dirname, '..', '..', 'lambda', 'i18n', 'nl.json'), 'utf8'));
const { manifest } = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
const rules = (text: string) => claimsIn(text).map((c) => c.rule);

describe('the claim scanner', () => {
  it.each([
    ['Ik stel een diagnose op basis van je antwoorden.', 'diagnose'],
    ['Deze skill kan je klachten diagnosticeren.', 'diagnose'],
    ['Hier is je diagnose: een zwakke bekkenbodem.', 'your diagnosis'],
    ['Uw diagnose is klaar.', 'your diagnosis'],
    ['Met deze oefeningen genees je je klachten.', 'cure'],
    ['Na zes weken ben je genezen.', 'cure'],
    ['This skill cures incontinence.', 'cure'],
    ['Ik behandel je bekkenbodemklachten.', 'treat'],
    ['De coach behandelt je incontinentie.', 'treat'],
    ['We behandelen je klachten thuis.', 'treat'],
    ['Een behandeling door de coach helpt je snel.', 'treat'],
    ['Bekkenbodem coach is een therapie voor incontinentie.', 'therapy'],
    ['Onze therapie werkt in zes weken.', 'therapy'],
    ['Wij stellen vast dat je bekkenbodem te zwak is.', 'we establish'],
    ['Ik stel vast: te zwak.', 'we establish'],
    ['Je hebt een zwakke bekkenbodem.', 'triage'],
    ['Uit de test blijkt: je hebt waarschijnlijk een gespannen bekkenbodem.', 'triage'],
  ])('finds the claim in "%s"', (text, rule) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    'Een zelftest is wel geen diagnose, alleen een eerste indruk.',
    'Ik stel geen diagnose en vervang geen huisarts of bekkenfysiotherapeut.',
    'Hij stelt geen diagnose.',
    'Deze skill is geen medisch advies en geneest niets.',
    'Ik behandel je niet: ik begeleid je oefeningen.',
    'Een bekkenfysiotherapeut kan je goed behandelen.',
    'Bespreek een behandeling met je huisarts.',
    'Maak een afspraak bij een bekkenfysiotherapeut: die kan goed kijken wat er speelt.',
    'Zoek je fysiotherapie? Je huisarts kan je verwijzen.',
    'Als je een gespannen bekkenbodem hebt, doe dan de ontspanningsoefening.',
    'Zullen we je startblok bepalen?',
  ])('lets the guidance or disclaimer "%s" pass', (text) => {
    expect(claimsIn(text)).toEqual([]);
  });
});

describe('what the skill says and publishes', () => {
  it('makes no diagnosis, treatment or cure claim in any nl.json string', () => {
    const found = stringsOf(nl).flatMap(([path, text]) => claimsIn(text).map((c) => `${path}: ${c.rule}: ${c.match}`));
    expect(found).toEqual([]);
  });

  it('makes none in the manifest (name, summary, description, example phrases, testing instructions, keywords)', () => {
    const found = stringsOf(manifest.publishingInformation).flatMap(([path, text]) =>
      claimsIn(text).map((c) => `${path}: ${c.rule}: ${c.match}`),
    );
    expect(found).toEqual([]);
  });

  it('makes none in the published privacy notice and terms', () => {
    for (const file of ['PRIVACY.md', 'TERMS.md']) {
      expect(claimsIn(readFileSync(join(SKILL_PACKAGE, file), 'utf8'))).toEqual([]);
    }
  });

  it('says in the self-test result and the description that a huisarts or bekkenfysiotherapeut is the one to see', () => {
    expect(nl.selfTest.seePhysiotherapist).toMatch(/bekkenfysiotherapeut/);
    expect(nl.selfTest.notDiagnosis).toMatch(/geen diagnose/);
    expect(manifest.publishingInformation.locales['nl-NL'].description).toMatch(/huisarts of bekkenfysiotherapeut/);
  });
});
