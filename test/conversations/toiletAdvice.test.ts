import { tokenize } from '../../tools/ssmlText';
import { itemsOf, useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { testSkill } from '../helpers/skill';
import { TIPS_HOW_IT_WORKS, tipPage } from '../helpers/tipsTranscript';
import { turn } from '../helpers/transcript';

const database = useDatabase();

const INTRO = 'Tips voor op de wc.';
const PAGES = [
  'Neem er de tijd voor: hoe rustiger je zit, hoe beter het gaat. Ga helemaal zitten, met je schouders boven je heupen, je ondergoed tot op je enkels en je voeten op een krukje.',
  'Ontspan je buik en je bekkenbodem, adem rustig naar je buik, en wacht tot de ontlasting vanzelf komt. Laat je anus slap en je billen los. Niet persen.',
  'Komt er niets? Kantel dan tien keer je bekken: een holle rug als je inademt, een bolle rug als je uitademt. Komt het dan nog niet, blaas dan in je vuist terwijl je uitademt, en maak je buik en de zijkanten van je buik bol. Je bekkenbodem blijft daarbij los. Zeg: doe de kanteloefening, dan doen we het samen.',
  'Heb je wel aandrang, maar komt er echt niets? Ga dan tien minuten flink bewegen, en probeer het daarna opnieuw. Heb je vaak last van verstopping, ga dan een kwartier na elke maaltijd naar de wc.',
  'Trek je anus na afloop licht in, en veeg dan van voor naar achter. Gebruik zacht wc-papier en geen vochtige doekjes, want daar zitten alcohol en parfum in. Doet het pijn, spoel dan met water. En nog twee dingen: plas niet voor de zekerheid, en ga niet boven de bril hangen, maar zit echt.',
];
const DONE_AND_OFFER = 'Dat waren alle tips voor de wc. Zal ik de kanteloefening een keer met je doen?';
const OFFER_R = 'Zeg ja, dan kantelen we samen tien keer je bekken, op je adem. Zullen we het doen?';

const NUMBERS = ['Één', 'Twee', 'Drie', 'Vier', 'Vijf', 'Zes', 'Zeven', 'Acht', 'Negen', 'Tien'];
const TILT =
  'We kantelen tien keer je bekken, op je adem. Zit rechtop, met je voeten op een krukje. Bij inademen maak je een holle rug, bij uitademen een bolle rug. [2 s] ' +
  NUMBERS.map((n) => `${n}. Adem in, holle rug. [3 s] Adem uit, bolle rug. [3 s]`).join(' ') +
  ' Nu blaas je in je vuist. Adem eerst rustig in. [3 s] Adem uit in je vuist, en laat je buik rondom bol worden. Je bekkenbodem blijft los. [4 s] Adem in, en laat alles los. [3 s]' +
  ' Klaar. Laat je anus slap en je billen los, en wacht rustig af. Niet persen. Succes!';

let users = 0;
async function opened(): Promise<Conversation> {
  const c = new Conversation(testSkill(database().store).skill, `amzn1.ask.account.toilet-${++users}`);
  await c.user('open bekkenbodem coach');
  return c;
}

const page = (n: number, before = '') => tipPage(`${before}${PAGES[n]}`);

describe('toilet advice', () => {
  it.each([
    'hoe moet ik op de wc zitten',
    'toilet advies',
    'tips voor de wc',
    'ik kan niet goed poepen',
    'hoe ga ik goed naar het toilet',
    'ik heb last van verstopping',
  ])('"%s" starts with the first tips and says how to hear them all', async (utterance) => {
    const c = await opened();
    await turn(c, utterance, page(0, `${INTRO} ${TIPS_HOW_IT_WORKS} `));
  });

  it('goes on with "volgende" and "nog een tip", repeats on "herhaal", and ends with the offer of the pelvic tilt', async () => {
    const c = await opened();
    await c.user('tips voor de wc');
    await turn(c, 'volgende', page(1));
    await turn(c, 'nog een tip', page(2));
    await turn(c, 'herhaal', page(2));
    await turn(c, 'ja', page(3));
    await turn(c, 'volgende tip', { A: `${PAGES[4]} ${DONE_AND_OFFER}`, R: OFFER_R, end: false });
    await turn(c, 'ja', { A: TILT, end: true });
  });

  it('starts the list over on "begin opnieuw"', async () => {
    const c = await opened();
    await c.user('tips voor de wc');
    await turn(c, 'volgende', page(1));
    await turn(c, 'begin opnieuw', page(0, `${INTRO} ${TIPS_HOW_IT_WORKS} `));
  });

  it('gives the rest at once on "alles"', async () => {
    const c = await opened();
    await c.user('toiletadvies');
    await turn(c, 'alles', { A: `${PAGES.slice(1).join(' ')} ${DONE_AND_OFFER}`, R: OFFER_R, end: false });
    await turn(c, 'nee', {
      A: 'Goed. Je kunt altijd zeggen: start mijn training, of: help. Wat wil je doen?',
      R: 'Wat wil je doen?',
      end: false,
    });
  });

  it('gives every toilet tip at once when asked for all of them outside a list', async () => {
    const c = await opened();
    await turn(c, 'geef alle tips', { A: `${INTRO} ${PAGES.join(' ')} ${DONE_AND_OFFER}`, R: OFFER_R, end: false });
  });

  it('stops the list on "nee", helps, and re-asks after words it did not understand', async () => {
    const c = await opened();
    await c.user('wc tips');
    await turn(c, 'help', {
      A: 'Je hoort de tips steeds een paar tegelijk. Zeg volgende of nog een tip voor meer, herhaal om het nog eens te horen, of alles voor de rest in één keer. Wil je nog meer tips?',
      R: 'Wil je de volgende tip horen?',
      end: false,
    });
    await turn(c, 'banaan', {
      A: 'Dat heb ik niet begrepen. Zeg volgende voor meer tips, of alles voor de rest in één keer. Wil je nog meer tips?',
      R: 'Wil je de volgende tip horen?',
      end: false,
    });
    await turn(c, 'volgende', page(1));
  });
});

describe('the guided pelvic tilt', () => {
  it('is there on request: ten tilts on the breath, then the breath into the fist, and never pushing', async () => {
    const c = await opened();
    const tilt = await turn(c, 'doe de kanteloefening', { A: TILT, end: true });

    // The pauses come from the SSML itself: 3 s for every breath, 4 s to breathe out into the fist.
    const sentences = tokenize(tilt.ssml);
    const pauseAfter = (text: string) =>
      sentences.flatMap((token, i) => (token.kind === 'sentence' && token.text.includes(text) ? [sentences[i + 1]] : []));
    expect(pauseAfter('Adem in, holle rug.')).toEqual(Array(10).fill({ kind: 'break', seconds: 3 }));
    expect(pauseAfter('Adem uit, bolle rug.')).toEqual(Array(10).fill({ kind: 'break', seconds: 3 }));
    expect(pauseAfter('Adem uit in je vuist')).toEqual([{ kind: 'break', seconds: 4 }]);

    // Clinical fidelity: no breath held, no pushing asked for ("Niet persen" only forbids it).
    expect(tilt.text).not.toMatch(/adem (in )?vast|adem inhouden|hou je adem/i);
    expect(tilt.text.match(/pers\w*/gi)).toEqual(['persen']);
    expect(tilt.text).toContain('Niet persen.');
  });

  it('works as a one-shot for a new user, with the disclaimer first, and stores nothing but the welcome', async () => {
    const c = new Conversation(testSkill(database().store).skill, `amzn1.ask.account.toilet-${++users}`);
    await turn(c, 'vraag bekkenbodem coach om de kanteloefening te doen', {
      A: `Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut. ${TILT}`,
      end: true,
    });
    const items = await itemsOf(database(), c.who.userId);
    expect([...items.keys()]).toEqual(['PROFILE']);
    expect(items.get('PROFILE')).toEqual({ pk: `USER#${c.who.userId}`, sk: 'ACCOUNT#PROFILE', version: 1, welcomedOn: '2026-11-23' });
  });
});
