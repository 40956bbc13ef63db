import { itemsOf, useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { testSkill } from '../helpers/skill';
import { afterLastPause, startblokRounds, turn } from '../helpers/transcript';

const database = useDatabase();

let users = 0;
/** A user whose startblok is 10 s x 12: three rounds of four. */
async function midTraining(): Promise<Conversation> {
  const c = new Conversation(testSkill(database().store).skill, `amzn1.ask.account.session-${++users}`);
  await c.user('vraag bekkenbodem coach om mijn startblok op tien seconden twaalf keer te zetten');
  await c.user('ja');
  const first = await c.user('klaar');
  expect(first.text).toMatch(
    /Vier\. Adem uit, en span stevig aan\. \[1 s\] Blijf rustig ademen\. \[7\.44 s\] Adem in, en laat los\. \[10 s\] Even een adempauze\. Gaan we door\?$/,
  );
  return c;
}

async function today(c: Conversation) {
  return (await itemsOf(database(), c.who.userId)).get('DAY#2026-11-23');
}

const NEXT_ROUND_R = 'Zeg ja om verder te oefenen, of zeg stop. Gaan we door?';

describe('during a training', () => {
  it('"stop" ends politely, records the repetitions done, and keeps the place for later today', async () => {
    const c = await midTraining();
    await turn(c, 'stop', {
      A: 'Prima, we stoppen. Je hebt er al 4 gedaan, en dat telt ook. Open je me vandaag nog een keer, dan kun je verdergaan waar je was. Tot straks!',
      end: true,
    });
    expect(await today(c)).toMatchObject({ sessions: 0, repetitions: 4, quickSets: 0 });
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Je was bij de tweede ronde van je startblok. Zullen we daar verdergaan?',
      R: 'Zeg ja om verder te gaan waar je was, of nee voor iets anders. Gaan we verder?',
      end: false,
    });
    // Hours may have passed: the position again, and "klaar" before the next squeeze.
    expect((await c.user('ja')).text).toMatch(/Zeg klaar als je goed zit\. Ben je zover\?$/);
    expect((await c.user('klaar')).text).toMatch(/^Vijf\. Adem uit/);
    await c.user('ja');
    await c.user('nee');
    // The four before the stop are not counted twice: the set is twelve.
    expect(await today(c)).toMatchObject({ sessions: 1, repetitions: 12 });
  });

  it('a set that another request replaced keeps its place for later today, until a whole training is done', async () => {
    const c = await midTraining();
    await c.user('alle tips');
    await c.sessionEnded();
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Je was bij de tweede ronde van je startblok. Zullen we daar verdergaan?',
      R: 'Zeg ja om verder te gaan waar je was, of nee voor iets anders. Gaan we verder?',
      end: false,
    });
  });

  it('that place is dropped once a whole training is done after it', async () => {
    const c = await midTraining();
    await c.user('alle tips');
    expect((await itemsOf(database(), c.who.userId)).get('PROFILE')?.resumePoint).toMatchObject({ segmentIndex: 1 });
    await c.user('vraag bekkenbodem coach om mijn training te starten');
    await c.user('klaar');
    await c.user('ja');
    await c.user('ja');
    await c.user('nee');
    await c.sessionEnded();
    expect((await itemsOf(database(), c.who.userId)).get('PROFILE')?.resumePoint).toBeUndefined();
    expect((await c.user('open bekkenbodem coach')).text).not.toMatch(/Je was bij/);
  });

  it("a second stop in a resumed set says the set's whole count, and counts each repetition once", async () => {
    const c = await midTraining();
    await c.user('stop');
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('klaar');
    await turn(c, 'stop', {
      A: 'Prima, we stoppen. Je hebt er al 8 gedaan, en dat telt ook. Open je me vandaag nog een keer, dan kun je verdergaan waar je was. Tot straks!',
      end: true,
    });
    expect(await today(c)).toMatchObject({ sessions: 0, repetitions: 8 });
  });

  it('"nee" to the next round does the same', async () => {
    const c = await midTraining();
    await c.user('ja');
    await turn(c, 'nee', {
      A: 'Prima, we stoppen. Je hebt er al 8 gedaan, en dat telt ook. Open je me vandaag nog een keer, dan kun je verdergaan waar je was. Tot straks!',
      end: true,
    });
    expect(await today(c)).toMatchObject({ sessions: 0, repetitions: 8 });
  });

  it.each([
    ['meet mijn startblok opnieuw', /^We meten hoe lang en hoe vaak je nu kunt aanspannen\. Ga zitten, .* Ben je zover\?$/],
    ['doe de lift', /^Je bekkenbodem werkt als een lift\. .* Gaan we door\?$/],
    ['alle tips', /^Tips voor op de wc\. .* Zal ik de kanteloefening een keer met je doen\?$/],
  ])('"%s" in the middle of a set takes its place, and the repetitions done still count', async (said, answer) => {
    const c = await midTraining();
    expect((await c.user(said)).text).toMatch(answer);
    expect(await today(c)).toMatchObject({ sessions: 0, repetitions: 4 });
  });

  it('"help" explains the set and keeps the place; "ja" then plays the next round', async () => {
    const c = await midTraining();
    await turn(c, 'help', {
      A: 'We zijn bezig met je training. Als je uitademt span je aan, als je inademt laat je los, en ik tel de keren. Zeg ja om door te gaan, of zeg stop. Gaan we door?',
      R: 'Gaan we verder?',
      end: false,
    });
    await turn(c, 'volgende', {
      A: startblokRounds(10, 10, 5, 8, 12) + ' Even een adempauze. Gaan we door?',
      R: NEXT_ROUND_R,
      end: false,
    });
  });

  it('pauses and resumes where it was', async () => {
    const c = await midTraining();
    await turn(c, 'wacht even', {
      A: 'Goed, even pauze. Zeg verder als je weer kunt. Ben je er over een paar tellen nog niet, open me dan straks opnieuw: dan gaan we verder waar je was. Zullen we verdergaan?',
      R: 'Zeg verder om door te gaan, of stop. Gaan we verder?',
      end: false,
    });
    await turn(c, 'ga door', {
      A: startblokRounds(10, 10, 5, 8, 12) + ' Even een adempauze. Gaan we door?',
      R: NEXT_ROUND_R,
      end: false,
    });
  });

  it('"herhaal" repeats the question, not the round: squeezes played again would go uncounted', async () => {
    const c = await midTraining();
    await turn(c, 'herhaal', { A: 'Even een adempauze. Gaan we door?', R: NEXT_ROUND_R, end: false });
    await c.user('ja');
    await c.user('stop');
    expect(await today(c)).toMatchObject({ repetitions: 8 });
  });

  it('starts over from the first repetition, keeping what was done', async () => {
    const c = await midTraining();
    const restart = await c.user('begin opnieuw');
    expect(restart.text).toMatch(/^We doen je startblok: 10 seconden vasthouden, 12 keer\. .* Ben je zover\?$/);
    expect((await c.user('klaar')).text).toMatch(/^Mooi, we beginnen\. Denk eraan: je trekt naar binnen en omhoog\. Één\. Adem uit/);
    expect(await today(c)).toMatchObject({ repetitions: 4 });
  });

  it('answers what it did not understand with the training question', async () => {
    const c = await midTraining();
    await turn(c, 'wat is het weer', {
      A: 'Sorry, dat verstond ik niet. Zeg ja om door te gaan, of zeg stop. Gaan we door?',
      R: 'Gaan we verder?',
      end: false,
    });
  });

  it('keeps the repetitions when Alexa closes the session', async () => {
    const c = await midTraining();
    await c.sessionEnded();
    expect(await today(c)).toMatchObject({ repetitions: 4, sessions: 0 });
  });

  it('finishes the whole 10 s x 12 training across rounds and counts it', async () => {
    const c = await midTraining();
    await c.user('ja');
    const third = await c.user('ja');
    expect(third.text).toMatch(/Mooi, je startblok zit erop\. Nu de snelle kneepjes\?$/);
    // 10 s x 12 is past the target of 10 s x 8: the advice is now three times a day.
    await turn(c, 'nee', {
      A: 'Goed gedaan! Je hebt vandaag 1 van je drie trainingen gedaan, elk met acht tot twaalf keer aanspannen. Tot straks!',
      end: true,
    });
    expect(await today(c)).toMatchObject({ sessions: 1, repetitions: 12, quickSets: 0 });
  });
});

describe('outside a training', () => {
  it('says goodbye on stop, cancel and navigate home', async () => {
    const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.leaver');
    await c.user('open bekkenbodem coach');
    await turn(c, 'annuleer', { A: 'Tot de volgende keer!', end: true });
    await c.user('open bekkenbodem coach');
    const home = await c.intent('AMAZON.NavigateHomeIntent');
    expect([home.text, home.end]).toEqual(['Tot later!', true]);
  });

  it('gives general help with the disclaimer, and a general fallback', async () => {
    const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.helper');
    await c.user('open bekkenbodem coach');
    // Half a startblok: the skill asks for the rest (a "nee" to the first offer no longer asks for one).
    await c.user('zes keer');
    await turn(c, 'hulp', {
      A: 'Je startblok zeg je zo: mijn startblok is vier seconden zes keer. Dat betekent vier seconden vasthouden, zes keer achter elkaar. Wat is je startblok?',
      R: 'Wat is je startblok?',
      end: false,
    });
    await turn(c, 'stop', { A: 'Tot de volgende keer!', end: true });
    await c.user('open bekkenbodem coach');
    await c.user('nee');
    await c.user('nee');
    const help = await c.user('wat kan ik zeggen');
    expect(help.text).toBe(
      'Met bekkenbodem coach train je je bekkenbodem: aanspannen als je uitademt, loslaten als je inademt. Zeg bijvoorbeeld: start mijn training, welke oefeningen zijn er, of: doe de zelftest. Ik vervang geen arts of bekkenfysiotherapeut. Wat wil je doen?',
    );
  });

  it('offers to determine a startblok when the training is asked for without one', async () => {
    const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.no-startblok');
    await c.user('open bekkenbodem coach');
    await turn(c, 'start de training', {
      A: 'Voor de training heb ik eerst je startblok nodig: hoe lang en hoe vaak je kunt aanspannen. Zullen we dat samen bepalen?',
      R: 'Zeg ja, dan bepalen we je startblok samen. Of zeg: mijn startblok is vier seconden zes keer. Wat wil je?',
      end: false,
    });
  });

  it('counts the sessions of the day in the closing words', async () => {
    const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.counter');
    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden twee keer te zetten');
    const closings: string[] = [];
    for (let session = 0; session < 7; session++) {
      await c.user('vraag bekkenbodem coach om mijn training te starten');
      await c.user('klaar');
      closings.push(afterLastPause(await c.user('ja')));
    }
    expect(closings).toEqual([
      'Goed gedaan! Dat was je eerste training van vandaag. Het advies is 4 tot 6 keer per dag. Tot straks!',
      'Goed gedaan! Je hebt vandaag 2 keer getraind. Het advies is 4 tot 6 keer per dag. Tot straks!',
      'Goed gedaan! Je hebt vandaag 3 keer getraind. Het advies is 4 tot 6 keer per dag. Tot straks!',
      'Goed gedaan! Je hebt vandaag 4 keer getraind. Het advies is 4 tot 6 keer per dag. Tot straks!',
      'Goed gedaan! Je hebt vandaag 5 keer getraind. Het advies is 4 tot 6 keer per dag. Tot straks!',
      'Goed gedaan! Je hebt vandaag 6 keer getraind. Het advies is 4 tot 6 keer per dag. Tot straks!',
      'Goed gedaan! Je hebt vandaag al 7 keer getraind, meer dan genoeg. Rust is ook training. Tot morgen!',
    ]);
  });
});
