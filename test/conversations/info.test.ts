import { useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { testSkill } from '../helpers/skill';
import { afterLastPause, thenOnWithTraining, throughTheStartblok, turn } from '../helpers/transcript';

const database = useDatabase();

const DISCLAIMER = 'Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut.';
const OFFER_TRAINING = {
  text: 'Zal ik je startblok met je doen?',
  R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
};
const OFFER_SELF_TEST = {
  text: 'Zullen we samen de zelftest doen?',
  R: 'Zeg ja voor de zelftest: tien korte vragen, met ja of nee. Zullen we hem doen?',
};

let users = 0;
/** A user whose startblok is 4 s x 6, in an open session. */
async function withStartblok(): Promise<Conversation> {
  const c = new Conversation(testSkill(database().store).skill, `amzn1.ask.account.info-${++users}`);
  await c.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
  return c;
}

describe('information, one or two sentences and an offer', () => {
  it.each([
    [
      'wat is de bekkenbodem',
      'Je bekkenbodem is een laag spieren onder in je bekken, als een hangmat van je schaambeen naar je stuitje. Hij draagt je blaas, darm en baarmoeder of prostaat, en zorgt dat je je plas en ontlasting kunt ophouden.',
      OFFER_TRAINING,
    ],
    [
      'waarom moet ik trainen',
      'Een sterke bekkenbodem houdt je plas beter tegen als je hoest, niest, lacht of tilt, en geeft je organen steun. Net als andere spieren wordt hij sterker als je hem regelmatig traint.',
      OFFER_TRAINING,
    ],
    [
      'wat zijn veelgemaakte fouten',
      'De meeste fouten zijn: je adem inhouden, persen in plaats van optrekken, en niet goed loslaten. Oefen ook nooit terwijl je plast. Span aan als je uitademt, en laat helemaal los als je inademt.',
      OFFER_TRAINING,
    ],
    [
      'hoe weet ik of ik de goede spieren gebruik',
      'Twijfel je of je de goede spieren gebruikt, vraag dan een bekkenfysiotherapeut om mee te kijken. Zelf kun je met een spiegel kijken: als het goed is, trekt het gebied rond je anus naar binnen en omhoog als je aanspant, en wordt het niet wijder.',
      OFFER_TRAINING,
    ],
    [
      'wanneer merk ik resultaat',
      'Vaak merk je na drie tot zes weken dat je je plas beter kunt ophouden. Soms duurt het tot een half jaar, dus geef niet op.',
      OFFER_TRAINING,
    ],
    [
      'werkt het ook voor mannen',
      'Ook mannen hebben een bekkenbodem, en ook zij kunnen klachten krijgen, bijvoorbeeld na een prostaatoperatie, door stress of door veel zitten. De training gaat bij mannen precies zo: aanspannen als je uitademt, loslaten als je inademt.',
      OFFER_TRAINING,
    ],
    [
      // The after-birth answer of issue 19: a gentle start, never too late, the 6-8 week check, and when to call the huisarts.
      'trainen na de bevalling',
      'Na een bevalling begin je rustig: licht aanspannen, goed loslaten, en langzaam opbouwen. Het is nooit te laat om te beginnen. Heb je na zes tot acht weken nog klachten, ga dan naar een bekkenfysiotherapeut: het is niet normaal als ze blijven. Verlies je ineens veel bloed, krijg je koorts, of heb je pijn die niet overgaat, bel dan meteen je verloskundige of je huisarts.',
      {
        text: 'Zullen we je startblok doen, 4 seconden, 6 keer?',
        R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      },
    ],
    [
      'wanneer moet ik hulp zoeken',
      'Ga naar een bekkenfysiotherapeut als klachten langer dan een paar weken duren, terugkomen of je dagelijks leven beperken. Bel snel je huisarts bij bloed in je plas of ontlasting, bij koorts, of als je ineens je plas of ontlasting niet meer kunt ophouden. Dat geldt ook bij hevige pijn die niet overgaat, bij een bobbel die je van onderen voelt, en als je benen of je kruis ineens doof of krachteloos worden.',
      OFFER_SELF_TEST,
    ],
  ])('"%s"', async (question, answer, offer) => {
    const c = await withStartblok();
    await turn(c, question, { A: `${answer} ${offer.text}`, R: offer.R, end: false });
  });

  it('"ja" to the offer starts the training with the startblok', async () => {
    const c = await withStartblok();
    await c.user('uitleg over de bekkenbodem');
    const training = await c.user('ja');
    expect(training.text).toMatch(/^We doen je startblok: 4 seconden vasthouden, 6 keer\./);
  });

  it('without a startblok, offers to determine it', async () => {
    const c = new Conversation(testSkill(database().store).skill, `amzn1.ask.account.info-${++users}`);
    await c.user('open bekkenbodem coach');
    await turn(c, 'wat doet de bekkenbodem', {
      A: 'Je bekkenbodem is een laag spieren onder in je bekken, als een hangmat van je schaambeen naar je stuitje. Hij draagt je blaas, darm en baarmoeder of prostaat, en zorgt dat je je plas en ontlasting kunt ophouden. Zullen we samen je startblok bepalen?',
      R: 'Zeg ja, dan bepalen we samen je startblok. Of zeg: mijn startblok is vier seconden zes keer. Wat wil je?',
      end: false,
    });
  });

  it('asks which topic when none was named', async () => {
    const c = await withStartblok();
    await turn(c, 'ik heb een vraag', {
      A: 'Waar wil je meer over weten? Zeg bijvoorbeeld: wat is de bekkenbodem, wat zijn veelgemaakte fouten, of wanneer merk ik resultaat. Wat wil je weten?',
      R: 'Zeg bijvoorbeeld: waarom trainen, doe ik het goed, of trainen na de bevalling. Waar wil je meer over weten?',
      end: false,
    });
    const answer = await c.user('doe ik het goed');
    expect(answer.text).toMatch(/^Twijfel je of je de goede spieren gebruikt/);
  });
});

describe('asked in passing, the open question comes back', () => {
  const FLOOR =
    'Je bekkenbodem is een laag spieren onder in je bekken, als een hangmat van je schaambeen naar je stuitje. Hij draagt je blaas, darm en baarmoeder of prostaat, en zorgt dat je je plas en ontlasting kunt ophouden.';
  const RIGHT_MUSCLES =
    'Twijfel je of je de goede spieren gebruikt, vraag dan een bekkenfysiotherapeut om mee te kijken. Zelf kun je met een spiegel kijken: als het goed is, trekt het gebied rond je anus naar binnen en omhoog als je aanspant, en wordt het niet wijder.';

  it('between the startblok and the quick contractions: the answer, then on, not a second startblok', async () => {
    const c = await withStartblok();
    await throughTheStartblok(c);
    await turn(c, 'doe ik het goed', thenOnWithTraining(RIGHT_MUSCLES));
    const quick = await c.user('ja');
    expect(quick.text).toMatch(/^Nu de snelle kneepjes/);
    expect(afterLastPause(quick)).toBe(
      'Goed gedaan! Dat was je eerste training van vandaag. Het advies is 4 tot 6 keer per dag. Tot straks!',
    );
  });

  it('a question without a topic between the sets: ask it later, then on, not the list of topics', async () => {
    const c = await withStartblok();
    await throughTheStartblok(c);
    await turn(c, 'ik wil wat uitleg', thenOnWithTraining('Vraag me dat straks nog eens, als we klaar zijn: dan vertel ik er meer over.'));
    expect((await c.user('ja')).text).toMatch(/^Nu de snelle kneepjes/);
  });

  it('while getting into position: the answer, then "Ben je zover?"', async () => {
    const c = await withStartblok();
    await c.user('start mijn training');
    await turn(c, 'wat is de bekkenbodem', {
      A: `${FLOOR} Ben je zover?`,
      R: 'Ga rustig in de houding zitten, staan of liggen, en zeg klaar als je zover bent. Duurt het wat langer, open me dan straks gewoon opnieuw: dan gaan we verder waar je was. Ben je zover?',
      end: false,
    });
    expect((await c.user('klaar')).text).toMatch(/^Mooi, we beginnen\./);
  });

  it('in the self-test: the answer, then the same question again', async () => {
    const c = await withStartblok();
    await c.user('doe de zelftest');
    await turn(c, 'wat is de bekkenbodem', {
      A: `${FLOOR} Vraag 1. Verlies je weleens urine als je hoest, niest, lacht of sport?`,
      R: 'Zeg ja, nee, of weet ik niet. Vraag 1. Verlies je weleens urine als je hoest, niest, lacht of sport?',
      end: false,
    });
    expect((await c.user('nee')).text).toMatch(/^Vraag 2\./);
  });
});

describe('the disclaimer, said once', () => {
  it('comes with a first one-shot question, not with the next, and is always in the help', async () => {
    const c = new Conversation(testSkill(database().store).skill, `amzn1.ask.account.info-${++users}`);
    const first = await c.user('vraag bekkenbodem coach om uitleg over de bekkenbodem');
    expect(first.text.startsWith(`${DISCLAIMER} Je bekkenbodem is`)).toBe(true);
    const again = await c.user('vraag bekkenbodem coach om uitleg over de bekkenbodem');
    expect(again.text.startsWith('Je bekkenbodem is')).toBe(true);
    const launch = await c.user('open bekkenbodem coach');
    expect(launch.text).not.toContain(DISCLAIMER);
    const help = await c.user('help');
    expect(help.text.match(/Ik vervang geen arts of bekkenfysiotherapeut\./g)).toHaveLength(1);
  });
});
