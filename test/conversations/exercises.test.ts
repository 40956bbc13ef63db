import { LIFT } from '../../lambda/domain/lift';
import { planProgramme } from '../../lambda/domain/programme';
import type { ProgrammeRequest } from '../../lambda/domain/programme';
import { translatorFor } from '../../lambda/speech/translator';
import { Conversation } from '../helpers/conversation';
import type { Reply } from '../helpers/conversation';
import { itemsOf, useDatabase } from '../helpers/database';
import { timingMismatches } from '../helpers/planTiming';
import { testSkill } from '../helpers/skill';
import { afterLastPause, turn } from '../helpers/transcript';

const database = useDatabase();
const t = translatorFor('nl-NL');
const TODAY = 'DAY#2026-11-23';

let users = 0;
function newUser(): Conversation {
  return new Conversation(testSkill(database().store).skill, `amzn1.ask.account.exercises-${++users}`);
}

async function withStartblok(hold: number, reps: number): Promise<Conversation> {
  const c = newUser();
  await c.user(`vraag bekkenbodem coach om mijn startblok op ${hold} seconden ${reps} keer te zetten`);
  await c.user('stop');
  return c;
}

/** Starts an exercise by what the user says and answers "ja" until it closes. */
async function walk(c: Conversation, utterance: string): Promise<Reply[]> {
  const replies = [await c.user(utterance)];
  while (!replies[replies.length - 1].end && replies.length < 12) replies.push(await c.user('ja'));
  return replies;
}

const stored = async (c: Conversation) => itemsOf(database(), c.who.userId);

/** No response of an exercise may tell anyone to push or to hold their breath. */
function expectClinicallySafe(replies: readonly Reply[]): void {
  for (const reply of replies) {
    expect(reply.text).not.toMatch(/\bpers(en)?\b|adem (in|vast)houden|hou je adem|houd je adem/i);
  }
}

function expectPlayed(request: ProgrammeRequest, replies: readonly Reply[]): void {
  expect(
    timingMismatches(
      planProgramme(request),
      replies.map((r) => r.ssml),
      t,
    ),
  ).toEqual([]);
}

describe('the lift', () => {
  it('explains the image the first time, plays three rides with the startblok hold, and records it', async () => {
    const c = await withStartblok(5, 6);
    const replies = await walk(c, 'vraag bekkenbodem coach om de liftoefening te doen');
    expect(replies[0].text).toMatch(
      /^Stel je je bekkenbodem voor als een lift\. Met je stevigste knijp gaat hij naar de vierde verdieping, maar daar kun je niet lang blijven\. We gaan 3 keer met de lift: omhoog op je uitademing, even boven blijven, dan terug naar de tweede verdieping en daar 5 seconden vasthouden\. \[2 s\] Één\. Adem uit, en de lift gaat omhoog: eerste verdieping\. \[1 s\] Tweede\. \[1 s\] Derde\. \[1 s\] Vierde, helemaal boven\. \[2 s\] Zak rustig terug naar de tweede, en blijf daar\. Adem gewoon door\. \[5 s\] Eerste\. \[1 s\] Begane grond\. Adem in, en laat helemaal los\. \[5 s\] Twee\./,
    );
    expect(replies[replies.length - 1].text).toMatch(/Goed gedaan! De lift staat weer beneden\. Tot de volgende keer!$/);
    expectPlayed({ programme: 'lift', holdSeconds: 5, explain: true }, replies);
    expectClinicallySafe(replies);
    const items = await stored(c);
    expect(items.get(TODAY)).toMatchObject({ lift: 1, sessions: 0 });
    expect(items.get('PROFILE')).toMatchObject({ liftExplainedOn: '2026-11-23' });

    const again = await walk(c, 'vraag bekkenbodem coach om de lift te doen');
    expect(again[0].text).toMatch(/^We gaan 3 keer met de lift/);
    expect((await stored(c)).get(TODAY)).toMatchObject({ lift: 2 });
  });

  it('works without a startblok, at the default hold', async () => {
    const c = newUser();
    const replies = await walk(c, 'vraag bekkenbodem coach om de liftoefening te doen');
    expectPlayed({ programme: 'lift', holdSeconds: LIFT.defaultSecondFloorSeconds, explain: true }, replies);
  });
});

describe('the sphincter programme', () => {
  it('asks the endurance hold once, plays strength, endurance and speed with the leaflet numbers, records it', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'kringspieroefeningen', {
      A: 'Voor het uithoudingsvermogen knijp je op halve kracht, zo lang als je kunt. Hoeveel seconden lukt dat ongeveer, van één tot tien?',
      R: 'Zeg een getal van één tot tien. Hoeveel seconden kun je op halve kracht vasthouden?',
      end: false,
    });
    await turn(c, 'twaalf', {
      A: 'Zeg een getal van één tot tien. Hoeveel seconden kun je op halve kracht vasthouden?',
      R: 'Hoeveel seconden houd je het op halve kracht vol?',
      end: false,
    });
    const replies = await walk(c, 'zes');
    expect(replies[0].text).toMatch(
      /^Goed, dan hou je straks 6 seconden vast op halve kracht\. Zit met je knieën iets uit elkaar, en stel je voor dat je een windje ophoudt: .* Eerst de kracht: 5 keer zo stevig als je kunt, 5 seconden vasthouden, en ongeveer 4 seconden rust\. \[2 s\] Één\. Adem uit, en knijp je kringspier zo stevig als je kunt, naar binnen en omhoog\. \[5 s\] Adem in, en laat helemaal los\. \[4 s\]/,
    );
    expect(replies.map(afterLastPause)).toEqual([
      'Klaar voor het uithoudingsvermogen?',
      'Klaar voor de snelheid?',
      'Goed gedaan! Je kringspieroefeningen zitten erop. Het advies is vier tot zes keer per dag, en sterker worden duurt een paar maanden. Tot straks!',
    ]);
    expectPlayed({ programme: 'sphincter', parts: ['strength', 'endurance', 'speed'], enduranceHoldSeconds: 6 }, replies);
    expectClinicallySafe(replies);
    const items = await stored(c);
    expect(items.get('PROFILE')).toMatchObject({ enduranceHoldSeconds: 6 });
    expect(items.get(TODAY)).toMatchObject({ sphincter: 1 });
  });

  it('plays only the fast part on "alleen de snelle"', async () => {
    const c = newUser();
    const replies = await walk(c, 'vraag bekkenbodem coach alleen de snelle');
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toMatch(/De snelheid: 5 keer zo snel en stevig als je kunt knijpen, en meteen weer helemaal los\./);
    expectPlayed({ programme: 'sphincter', parts: ['speed'], enduranceHoldSeconds: 1 }, replies);
  });
});

describe('relaxation', () => {
  it('paces calm breaths over several responses without ever asking for a squeeze', async () => {
    const c = newUser();
    const replies = await walk(c, 'vraag bekkenbodem coach om een ontspanningsoefening te doen');
    expect(replies.length).toBeGreaterThan(1);
    expect(replies[0].text).toMatch(
      /^Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut\. Ga gemakkelijk zitten of liggen, en leg een hand op je buik\. .* \[2 s\] Adem rustig in door je buik, en voel je bekkenbodem zakken en breder worden\. \[4 s\] Adem lang en rustig uit\. Je bekkenbodem veert vanzelf een beetje terug\. \[6 s\] Adem rustig in/,
    );
    // "Je hoeft niets aan te spannen" is fine; an instruction to squeeze is not.
    for (const reply of replies) expect(reply.text).not.toMatch(/\bspan (je |\w+ )?aan\b|\bknijp/i);
    expectPlayed({ programme: 'relaxation' }, replies);
    expect((await stored(c)).get(TODAY)).toMatchObject({ relaxation: 1 });
  });

  it('explains relaxation, not squeezing, when help is asked during it', async () => {
    const c = newUser();
    await c.user('vraag bekkenbodem coach om een ontspanningsoefening te doen');
    const help = await c.user('help');
    expect(help.text).toBe(
      'Dit is een ontspanningsoefening: je ademt rustig in door je buik en laat je bekkenbodem zakken, en je ademt lang uit. Je hoeft niets aan te spannen. Zeg ja om verder te gaan, of stop. Gaan we verder?',
    );
  });
});

describe('the three layers', () => {
  it('plays surface, middle and deep, asking before each, and records it', async () => {
    const c = await withStartblok(3, 4);
    const replies = await walk(c, 'vraag bekkenbodem coach om de drie lagen te oefenen');
    expect(replies.map(afterLastPause)).toEqual([
      'Klaar voor de middelste laag?',
      'Klaar voor de diepe laag?',
      'Goed gedaan! Alle drie de lagen zitten erop. Tot de volgende keer!',
    ]);
    expect(replies[0].text).toMatch(
      /^We oefenen de drie lagen van je bekkenbodem, en elke aanspanning begint op je uitademing\. De buitenste laag: je kringspieren\./,
    );
    expectPlayed({ programme: 'layers', holdSeconds: 3 }, replies);
    expectClinicallySafe(replies);
    expect((await stored(c)).get(TODAY)).toMatchObject({ layers: 1 });
  });
});

describe('positions', () => {
  it('takes the position the user names, says its setup and waits for "klaar" before the first repetition', async () => {
    const c = await withStartblok(2, 2);
    const first = await c.user('vraag bekkenbodem coach ik lig');
    expect(first.text).toMatch(
      /We oefenen liggend: ga op je rug liggen, en leg het ene been over het andere\. Zeg klaar als je ligt\. Duurt het wat langer, open me dan straks opnieuw, dan gaan we verder\. Lig je goed\?$/,
    );
    expect([first.text.includes('Adem uit, en span aan'), first.end]).toEqual([false, false]);
    const repetitions = await c.user('klaar');
    expect(repetitions.text).toMatch(/^Mooi, we beginnen\. Één\. Adem uit, en span aan\./);
    expect(repetitions.text).not.toContain('liggend');
    const quick = await c.user('ja');
    expect(quick.text).not.toContain('liggend');
  });

  it('rotates positions over the day when the user does not choose', async () => {
    const c = await withStartblok(1, 1);
    const heard: string[] = [];
    for (let session = 0; session < 4; session++) {
      const reply = await c.user('vraag bekkenbodem coach om mijn training te starten');
      heard.push(/(?:We oefenen|Deze keer) (\w+)/.exec(reply.text)?.[1] ?? 'none');
      await c.user('klaar');
      await c.user('ja');
    }
    expect(heard).toEqual(['zittend', 'liggend', 'staand', 'zittend']);
  });

  it('accepts "staand oefenen" and "zittend" as the training in that position', async () => {
    const c = await withStartblok(2, 2);
    expect((await c.user('vraag bekkenbodem coach staand oefenen')).text).toContain(
      'We oefenen staand: ga rechtop staan, en kruis je benen.',
    );
    expect((await c.user('vraag bekkenbodem coach zittend')).text).toContain('We oefenen zittend');
  });
});

describe('focus and choosing by voice', () => {
  it('remembers a tense pelvic floor, offers relaxation, and the next launch offers it too', async () => {
    const c = await withStartblok(4, 6);
    await turn(c, 'vraag bekkenbodem coach dat mijn bekkenbodem gespannen is', {
      A: 'Goed om te weten. Bij een gespannen bekkenbodem leer je eerst loslaten, niet harder knijpen. Dat onthoud ik. Zullen we een ontspanningsoefening doen?',
      R: 'Zeg ja voor een ontspanningsoefening van een paar minuten, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    expect((await stored(c)).get('PROFILE')).toMatchObject({ focus: 'ontspanning' });
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Zullen we een ontspanningsoefening doen?',
      R: 'Zeg ja voor een ontspanningsoefening van een paar minuten, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    let reply = await c.user('ja');
    expect(reply.text).toMatch(/^Ga gemakkelijk zitten of liggen/);
    while (!/Doen we|doen:|achteraan/.test(reply.text) && !reply.end) reply = await c.user('ja');
    // Relaxation first, then light strength: the startblok is offered after it.
    expect([afterLastPause(reply), reply.end]).toEqual([
      'Mooi. Merk even hoe je bekkenbodem nu voelt. Wil je er nu rustig je startblok achteraan doen: licht aanspannen, en vooral goed loslaten?',
      false,
    ]);
    expect((await c.user('ja')).text).toMatch(/^We doen je startblok: 4 seconden vasthouden, 6 keer\./);
  });

  it('switches back to strength and offers the startblok', async () => {
    const c = await withStartblok(4, 6);
    await turn(c, 'vraag bekkenbodem coach ik heb een zwakke bekkenbodem', {
      A: 'Goed, dan werken we aan kracht: je startblok en de snelle knijpjes. Dat onthoud ik. Zullen we je startblok doen, 4 seconden, 6 keer?',
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
  });

  it('lists the exercises in one sentence and starts the one named', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'welke oefeningen zijn er', {
      A: 'Je kunt kiezen uit je startblok, de lift, de kringspieroefeningen, een ontspanningsoefening en de drie lagen. Welke wil je doen?',
      R: 'Zeg bijvoorbeeld: de lift, of: ontspanning. Welke oefening wil je doen?',
      end: false,
    });
    await turn(c, 'fietsen', {
      A: 'Die oefening ken ik niet. Zeg bijvoorbeeld: de lift, of: ontspanning. Welke oefening wil je doen?',
      R: 'Welke oefening wil je doen?',
      end: false,
    });
    expect((await c.user('de lift')).text).toMatch(/^Stel je je bekkenbodem voor als een lift\./);
  });

  it.each([
    ['vraag bekkenbodem coach om de liftoefening te doen', /lift/],
    ['vraag bekkenbodem coach om mijn kringspieroefeningen te doen', /uithoudingsvermogen/],
    ['vraag bekkenbodem coach om een ontspanningsoefening te doen', /Ga gemakkelijk zitten/],
    ['vraag bekkenbodem coach om de drie lagen te oefenen', /drie lagen/],
    ['vraag bekkenbodem coach om mijn training te starten', /startblok/],
  ])('starts one-shot: "%s"', async (utterance, expected) => {
    expect((await newUser().user(utterance)).text).toMatch(expected);
  });
});
