import { itemsOf, useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { testSkill } from '../helpers/skill';
import { startblokRounds, turn } from '../helpers/transcript';

/**
 * Understanding and repair (issue 10): jargon answered wherever the user is, with a way back;
 * the three-step repair; "hoe lang nog" during a set.
 */
const database = useDatabase();

let users = 0;
const newUser = () => new Conversation(testSkill(database().store).skill, `amzn1.ask.account.repair-${++users}`);

/** A user whose startblok is 10 s x 12 (three rounds of four), after the first round. */
async function midTraining(): Promise<Conversation> {
  const c = newUser();
  await c.user('vraag bekkenbodem coach om mijn startblok op tien seconden twaalf keer te zetten');
  await c.user('ja');
  const first = await c.user('klaar');
  expect(first.text).toMatch(/Even een adempauze\. Gaan we door\?$/);
  return c;
}

const TRAINING_HELP =
  'We zijn bezig met je training. Als je uitademt span je aan, als je inademt laat je los, en ik tel de keren. Zeg ja om door te gaan, of zeg stop. Gaan we door?';

const STARTBLOK =
  'Je startblok is hoe lang je je bekkenbodem kunt aanspannen, en hoe vaak achter elkaar. Vier seconden, zes keer, bijvoorbeeld. Daarmee begint elke training.';

describe('jargon, answered wherever the user is', () => {
  it('mid-set: explains, asks to go on, and "ja" plays the next round of the same set', async () => {
    const c = await midTraining();
    await turn(c, 'wat is een startblok', { A: `${STARTBLOK} Gaan we verder?`, R: TRAINING_HELP, end: false });
    await turn(c, 'wat zijn snelle knijpjes', {
      A: 'Snelle kneepjes zijn korte, stevige aanspanningen van één seconde, met steeds even rust ertussen. Ze helpen je op tijd aan te spannen als je hoest of niest. Gaan we verder?',
      R: TRAINING_HELP,
      end: false,
    });
    const next = await c.user('ja');
    expect(next.text.startsWith(startblokRounds(10, 10, 5, 8, 12))).toBe(true);
    expect((await itemsOf(database(), c.who.userId)).get('DAY#2026-11-23')).toBeUndefined();
  });

  it('mid-self-test: explains, then asks the open question again; the answer still counts', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('doe de zelftest');
    await c.user('ja');
    const reply = await c.user('wat is de lift');
    expect(reply.text).toMatch(/^De lift is een oefening waarbij je je bekkenbodem in stapjes aanspant.* Vraag 2\. /);
    expect(reply.end).toBe(false);
    const third = await c.user('nee');
    expect(third.text).toMatch(/Vraag 3\. /);
  });

  it('while a number is asked: explains, and the number is still the answer', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'zes keer', { A: expect.stringMatching(/\?$/), R: expect.stringMatching(/\?$/), end: false });
    await turn(c, 'wat is een startblok', {
      A: `${STARTBLOK} Wat is je startblok?`,
      R: 'Je startblok zeg je zo: mijn startblok is vier seconden zes keer. Dat betekent vier seconden vasthouden, zes keer achter elkaar. Wat is je startblok?',
      end: false,
    });
    const set = await c.user('vier seconden zes keer');
    expect(set.text.startsWith('Je startblok is nu 4 seconden, 6 keer.')).toBe(true);
  });

  it('"wat bedoel je" explains the open question in other words', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'wat bedoel je', {
      A: expect.stringMatching(/^Met bekkenbodem coach train je/),
      R: 'Zullen we je startblok bepalen?',
      end: false,
    });
    // And "ja" still answers the offer that was open.
    await turn(c, 'ja', {
      A: expect.stringMatching(/^Eerst zoeken we samen de goede spieren/),
      R: expect.stringMatching(/\?$/),
      end: false,
    });
  });
});

describe('the three-step repair', () => {
  it('asks shorter with an example, then says what can be said, then offers to stop; never the same sentence twice', async () => {
    const c = await midTraining();
    const first = await turn(c, 'appeltaart', {
      A: 'Sorry, dat verstond ik niet. Zeg ja om door te gaan, of zeg stop. Gaan we door?',
      R: 'Gaan we verder?',
      end: false,
    });
    const second = await turn(c, 'appeltaart', {
      A: 'Ik begrijp je nog niet. Hier kun je zeggen: ja, wacht even, herhaal, hoe lang nog, of stop. Zeg help voor uitleg. Gaan we verder?',
      R: 'Gaan we verder?',
      end: false,
    });
    const third = await turn(c, 'appeltaart', {
      A: 'Het lukt nu even niet om elkaar te verstaan. Dat geeft niks. Wil je liever stoppen?',
      R: 'Zullen we stoppen?',
      end: false,
    });
    expect(new Set([first.text, second.text, third.text]).size).toBe(3);
    // "Nee" to stopping: back to the question that was open, and the set goes on.
    await turn(c, 'nee', { A: 'Gaan we verder?', R: TRAINING_HELP, end: false });
    const next = await c.user('ja');
    expect(next.text.startsWith(startblokRounds(10, 10, 5, 8, 12))).toBe(true);
  });

  it('"ja" to the offer to stop records the repetitions done; the count starts afresh after an answer that fits', async () => {
    const c = await midTraining();
    await c.user('appeltaart');
    await c.user('help');
    // The help answered, so the next miss is a first miss again.
    await turn(c, 'appeltaart', {
      A: 'Sorry, dat verstond ik niet. Zeg ja om door te gaan, of zeg stop. Gaan we door?',
      R: 'Gaan we verder?',
      end: false,
    });
    await c.user('appeltaart');
    await c.user('appeltaart');
    await turn(c, 'ja', {
      A: 'Prima, we stoppen. Je hebt er al 4 gedaan, en dat telt ook. Open je me vandaag nog een keer, dan kun je verdergaan waar je was. Tot straks!',
      end: true,
    });
    expect((await itemsOf(database(), c.who.userId)).get('DAY#2026-11-23')).toMatchObject({ repetitions: 4 });
  });

  it('"herhaal" after words that were not understood says the question again, not the "Sorry", and "ja" answers that question', async () => {
    const c = newUser();
    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden drie keer te zetten');
    await c.user('appeltaart');
    await c.user('appeltaart');
    await turn(c, 'appeltaart', {
      A: 'Het lukt nu even niet om elkaar te verstaan. Dat geeft niks. Wil je liever stoppen?',
      R: 'Zullen we stoppen?',
      end: false,
    });
    await turn(c, 'herhaal', {
      A: 'Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut. Je startblok is nu 2 seconden, 3 keer. Zullen we het meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
    expect((await c.user('ja')).text).toMatch(/Ben je zover\?$/);
  });

  it('a fourth miss in a row ends the session politely', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    for (let i = 0; i < 3; i++) await c.user('appeltaart');
    await turn(c, 'appeltaart', { A: 'Dan stop ik nu. Probeer het gerust later nog eens. Tot de volgende keer!', end: true });
  });
});

describe('"hoe lang nog"', () => {
  it('says what is left of the set and the parts after it, then asks to go on', async () => {
    const c = await midTraining();
    await turn(c, 'hoe lang nog', { A: 'Nog 8 keer in dit deel. Daarna nog één onderdeel. Gaan we verder?', R: TRAINING_HELP, end: false });
    await c.user('ja');
    await c.user('ja');
    // The startblok is done; the quick contractions are the last part.
    await turn(c, 'hoeveel nog', { A: 'Nog 12 keer in dit deel. Dan ben je klaar. Gaan we verder?', R: TRAINING_HELP, end: false });
  });

  it('while getting ready: the whole exercise is still to come, and "Ben je zover?" comes back', async () => {
    const c = newUser();
    await c.user('vraag bekkenbodem coach om mijn startblok op tien seconden twaalf keer te zetten');
    await c.user('ja');
    await turn(c, 'hoe lang nog', {
      A: 'Nog 12 keer in dit deel. Daarna nog één onderdeel. Ben je zover?',
      R: 'Ga rustig in de houding zitten, staan of liggen, en zeg klaar als je zover bent. Duurt het wat langer, open me dan straks gewoon opnieuw: dan gaan we verder waar je was. Ben je zover?',
      end: false,
    });
  });

  it('outside an exercise says nothing is running, and asks the open question', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'hoe lang nog', {
      A: 'Er loopt nu geen oefening, dus ik kan niet zeggen hoeveel er nog komen. Zullen we je startblok bepalen?',
      R: expect.stringMatching(/^Met bekkenbodem coach train je/),
      end: false,
    });
  });
});

describe('"ja" to "Wat wil je doen?"', () => {
  it('is no misunderstanding: the training is offered', async () => {
    const c = newUser();
    await c.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
    expect((await c.user('nee')).text).toBe('Goed. Je kunt altijd zeggen: start mijn training, of: help. Wat wil je doen?');
    await turn(c, 'ja', {
      A: 'Zullen we je startblok doen, 4 seconden, 6 keer?',
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    expect((await c.user('ja')).text).toMatch(/^We doen je startblok: 4 seconden vasthouden, 6 keer\./);
  });
});
