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
  it('explains the image the first time, plays three rides with a lighter second floor and a rest as long as the ride, and records it', async () => {
    const c = await withStartblok(5, 6);
    const replies = await walk(c, 'vraag bekkenbodem coach om de liftoefening te doen');
    expect(replies[0].text).toMatch(
      /^Je bekkenbodem werkt als een lift\. Span je zo stevig als je kunt aan, dan gaat hij naar de vierde verdieping, maar daar blijf je niet lang\. We gaan 3 keer met de lift: omhoog terwijl je uitademt, even boven blijven, en dan op de tweede verdieping 3 seconden vasthouden, op halve kracht\. Na elke rit rust je lang uit\. \[2 s\] Één\. Adem uit, en de lift gaat omhoog: eerste verdieping\. \[1 s\] Tweede\. \[1 s\] Derde\. Adem gewoon door\. \[1 s\] Vierde, helemaal boven\. \[2 s\] Zak rustig terug naar de tweede, op halve kracht\. \[3 s\] Eerste\. \[1 s\] Begane grond\. Adem in, en laat helemaal los\. \[8 s\] Rust nog even uit\. \[8 s\] Rust nog even uit\. \[7 s\] Twee\./,
    );
    // The ride is one contraction of about 20 s: the rest after it is longer (rules.ts measures it, words included).
    expect(replies[0].text).not.toMatch(/volgende ronde/);
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
  it('"stop" after the strength part: what was done counts for the day, and the goodbye says so', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('kringspieroefeningen');
    await c.user('klaar');
    let reply = await c.user('zes');
    while (afterLastPause(reply) !== 'Klaar voor het uithoudingsvermogen?') reply = await c.user('ja');
    await turn(c, 'stop', { A: 'Prima, we stoppen. Wat je al gedaan hebt, telt voor vandaag. Tot de volgende keer!', end: true });
    expect((await stored(c)).get(TODAY)).toMatchObject({ sphincter: 1 });
  });

  it('finds the endurance hold once by a counted trial, plays strength, endurance and speed with the leaflet numbers, records it', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    // The endurance hold is found by a counted trial at half strength, not asked cold, once the user sits ready.
    await turn(c, 'kringspieroefeningen', {
      A: 'We beginnen met je kringspier. Ga zitten, met je knieën iets uit elkaar, en zeg klaar als je zover bent. Ben je zover?',
      R: 'Zeg klaar als je zit, dan beginnen we met je kringspier. Ben je zover?',
      end: false,
    });
    const trial = await c.user('klaar');
    expect(trial.text).toMatch(
      /^Eerst kijken we hoe lang je je kringspier op halve kracht kunt vasthouden\. Knijp alsof je een windje ophoudt, maar met de helft van je kracht, en hou vast zolang het lukt\. Ik tel tot tien, en jij ademt gewoon door\. \[2 s\] Adem uit, en knijp op halve kracht\. één \[0\.79 s\] twee \[0\.1 s\] adem door \[0\.05 s\] drie .* tien \[0\.71 s\] Adem in, en laat helemaal los\. Tot hoeveel kon je het volhouden\?$/,
    );
    expect(trial.reprompt).toBe('Zeg een getal van één tot tien. Tot hoeveel seconden lukte het op halve kracht?');
    await turn(c, 'twaalf', {
      A: 'Zeg een getal van één tot tien. Tot hoeveel seconden lukte het op halve kracht?',
      R: 'Hoeveel seconden hou je het op halve kracht vol?',
      end: false,
    });
    const replies = await walk(c, 'zes');
    expect(replies[0].text).toMatch(
      /^Goed, dan hou je straks 6 seconden vast op halve kracht\. Stel je voor dat je een windje ophoudt: .* Verlies je ontlasting of windjes, laat je dan ook begeleiden door een bekkenfysiotherapeut\. Eerst de kracht: knijp zo stevig als je kunt, hou 5 seconden vast, en rust dan even lang: 5 seconden\. Dat doen we 5 keer\. \[2 s\] Één\. Adem uit, en knijp stevig, naar binnen en omhoog\. \[1 s\] Adem rustig door\. \[2\.65 s\] Adem in, en laat helemaal los\. \[5 s\]/,
    );
    expect(replies.map(afterLastPause)).toEqual([
      'Klaar voor het uithoudingsvermogen?',
      'Klaar voor de snelheid?',
      'Goed gedaan! Je kringspieroefeningen zitten erop. Het advies is vier tot zes keer per dag, en sterker worden duurt een paar maanden. Tot straks!',
    ]);
    expectPlayed({ programme: 'sphincter', parts: ['strength', 'endurance', 'speed'], enduranceHoldSeconds: 6 }, replies);
    expectClinicallySafe(replies);
    const items = await stored(c);
    expect(items.get('PROFILE')).toMatchObject({ enduranceHoldSeconds: 6, sphincterExplainedOn: '2026-11-23' });
    expect(items.get(TODAY)).toMatchObject({ sphincter: 1 });

    // The next time: sitting ready first again, then only the technique, not the whole introduction.
    await turn(c, 'vraag bekkenbodem coach kringspieroefeningen', {
      A: 'We beginnen met je kringspier. Ga zitten, met je knieën iets uit elkaar, en zeg klaar als je zover bent. Ben je zover?',
      R: 'Zeg klaar als je zit, dan beginnen we met je kringspier. Ben je zover?',
      end: false,
    });
    expect((await c.user('klaar')).text).toMatch(/^Billen, buik en benen blijven los, en je blijft ademen\. Eerst de kracht: /);
  });

  it('plays only the fast part on "alleen de snelle"', async () => {
    const c = newUser();
    const replies = await walk(c, 'vraag bekkenbodem coach alleen de snelle');
    // "Ben je zover?", then the one part.
    expect(replies).toHaveLength(2);
    expect(replies[1].text).toMatch(
      /En de snelheid: knijp zo snel en stevig als je kunt, en laat meteen weer helemaal los\. Dat doen we 5 keer\. \[2 s\] Één\. Adem uit, knijp snel en stevig\. \[1 s\] Adem in, en laat helemaal los\. \[2 s\] Twee\. Adem uit, knijp snel en stevig\. \[1 s\] Adem in, en laat helemaal los\. \[2 s\] Drie\. Adem uit: knijp\. \[1 s\]/,
    );
    expectPlayed({ programme: 'sphincter', parts: ['speed'], enduranceHoldSeconds: 1 }, replies);
  });
});

describe('relaxation', () => {
  it('is one calm stretch: the image first, then comfortable breaths, no question halfway and never a squeeze', async () => {
    const c = newUser();
    const replies = await walk(c, 'vraag bekkenbodem coach om een ontspanningsoefening te doen');
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toMatch(
      /^Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut\. Ga gemakkelijk zitten of liggen, en leg een hand op je buik\. Als je inademt, zakt je bekkenbodem en wordt hij breder\. Als je uitademt, veert hij vanzelf een beetje terug\. Je hoeft niets aan te spannen: alleen loslaten\. \[2 s\] Adem rustig in, naar je buik\. \[3 s\] Adem lang en rustig uit\. \[6 s\] Adem rustig in, naar je buik\. \[3 s\] Adem lang en rustig uit\. \[6 s\] Adem in, laat zakken\. \[3 s\] En lang uit\. \[6 s\] /,
    );
    expect(replies[0].text).toMatch(/En lang uit\. \[6 s\] Mooi\. Voel even hoe je bekkenbodem nu aanvoelt\. Tot de volgende keer!$/);
    expect(replies[0].text).not.toMatch(/Gaan we door\?|adempauze/);
    // "Je hoeft niets aan te spannen" is fine; an instruction to squeeze is not.
    for (const reply of replies) expect(reply.text).not.toMatch(/\bspan (je |\w+ )?aan\b|\bknijp/i);
    expectPlayed({ programme: 'relaxation' }, replies);
    expect((await stored(c)).get(TODAY)).toMatchObject({ relaxation: 1 });
  });
});

describe('the three layers', () => {
  it('builds up surface, then surface and middle, then all three, asking before each, and records it', async () => {
    const c = await withStartblok(3, 4);
    const replies = await walk(c, 'vraag bekkenbodem coach om de drie lagen te oefenen');
    expect(replies.map(afterLastPause)).toEqual([
      'Klaar voor de middelste laag?',
      'Klaar voor de diepe laag?',
      'Goed gedaan! Alle drie de lagen zitten erop. Tot de volgende keer!',
    ]);
    expect(replies[0].text).toMatch(
      /^We bouwen je bekkenbodem op in drie lagen\. Zit rechtop, alsof een draadje je kruin omhoog trekt\. Elke aanspanning begint als je uitademt\. Eerst de buitenste laag: je kringspieren\. \[2 s\] Één\. Adem uit, en trek je kringspieren zachtjes in en omhoog\. \[3 s\]/,
    );
    // The middle layer comes on top of the surface, with the buttocks kept loose; then all three.
    expect(replies[1].text).toMatch(
      /^Nu komt de middelste laag erbij: je zitbotjes, de twee botjes waar je op zit, trek je naar elkaar toe\. Je billen blijven daarbij los\. \[2 s\] Één\. Adem uit: kringspieren in, en je zitbotjes naar elkaar toe\. \[3 s\]/,
    );
    expect(replies[2].text).toMatch(
      /^En nu alle drie: de diepe laag komt erbij\. Je maakt je rug lang, van stuitje tot kruin\. \[2 s\] Één\. Adem uit: kringspieren in, zitbotjes naar elkaar, en je rug lang\. \[3 s\]/,
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
      /We oefenen liggend: ga op je rug liggen, en leg het ene been over het andere\. Zeg klaar als je goed ligt\. Duurt het wat langer, open me dan straks opnieuw, dan gaan we verder\. Ben je zover\?$/,
    );
    expect([first.text.includes('Adem uit, en span'), first.end]).toEqual([false, false]);
    const repetitions = await c.user('klaar');
    expect(repetitions.text).toMatch(
      /^Mooi, we beginnen\. Denk eraan: je trekt naar binnen en omhoog\. Één\. Adem uit, en span stevig aan\./,
    );
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
      'We oefenen staand: sta rechtop, met je voeten op heupbreedte en je knieën een beetje zacht.',
    );
    expect((await c.user('vraag bekkenbodem coach zittend')).text).toContain('We oefenen zittend');
  });
});

describe('focus and choosing by voice', () => {
  it('remembers a tense pelvic floor, offers relaxation, and the next launch offers it too', async () => {
    const c = await withStartblok(4, 6);
    await turn(c, 'vraag bekkenbodem coach dat mijn bekkenbodem gespannen is', {
      A: 'Goed om te weten. Bij een gespannen bekkenbodem leer je eerst loslaten, niet harder knijpen. Heb je spanning of pijn in je bekken, laat dan een bekkenfysiotherapeut meekijken. Dat onthoud ik. Zullen we een ontspanningsoefening doen?',
      R: 'Zeg ja voor een ontspanningsoefening van een paar minuten, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    expect((await stored(c)).get('PROFILE')).toMatchObject({ focus: 'ontspanning' });
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Zullen we een ontspanningsoefening doen?',
      R: 'Zeg ja voor een ontspanningsoefening van een paar minuten, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    // The first days: relaxation only, no strength offered after it.
    const relaxation = await c.user('ja');
    expect([afterLastPause(relaxation), relaxation.end]).toEqual([
      'Mooi. Voel even hoe je bekkenbodem nu aanvoelt. Tot de volgende keer!',
      true,
    ]);
  });

  it('offers light strength to a tense floor only after four days of relaxation, with really lighter cues', async () => {
    const skill = testSkill(database().store);
    const c = new Conversation(skill.skill, `amzn1.ask.account.exercises-${++users}`);
    await c.user('vraag bekkenbodem coach om mijn startblok op acht seconden tien keer te zetten');
    await c.user('vraag bekkenbodem coach dat mijn bekkenbodem gespannen is');
    for (let day = 0; day < 4; day++) {
      skill.setNow(new Date(`2026-11-${23 + day}T09:00:00+01:00`));
      const done = await c.user('vraag bekkenbodem coach om een ontspanningsoefening te doen');
      expect(done.end).toBe(day < 3);
    }
    const offer = c.replies[c.replies.length - 1];
    expect(afterLastPause(offer)).toBe(
      'Mooi. Voel even hoe je bekkenbodem nu aanvoelt. Wil je er nu licht aanspannen achteraan doen, op halve kracht, en vooral goed loslaten?',
    );
    const light = await c.user('ja');
    // Half strength, at most 5 s, a rest twice as long, at most six times, and no quick contractions.
    expect(light.text).toMatch(
      /^Nu licht aanspannen, op halve kracht: 6 keer, en steeds 5 seconden vasthouden\. Het loslaten is het belangrijkste\. \[2 s\] Één\. Adem uit, en span zachtjes aan, op halve kracht\. \[1 s\] Adem rustig door\. \[2\.65 s\] Adem in, en laat los\. \[10 s\] Twee\./,
    );
    expect(afterLastPause(light)).toBe('Even een adempauze. Gaan we door?');
    const end = await c.user('ja');
    for (const reply of [light, end]) expect(reply.text).not.toMatch(/zo stevig|kneepjes/);
    expect(afterLastPause(end)).toBe(
      'Goed gedaan! Licht aanspannen en vooral goed loslaten: zo bouw je het rustig op. Tot de volgende keer!',
    );
  });

  it('a tense floor without a startblok asking to train hears relaxation first, not the maximal measurement', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('ik heb een gespannen bekkenbodem');
    await turn(c, 'start mijn training', {
      A: 'Met een gespannen bekkenbodem begin je met leren loslaten, niet met hard knijpen. Zullen we een ontspanningsoefening doen?',
      R: 'Zeg ja voor een ontspanningsoefening van een paar minuten, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
  });

  it('a tense floor saying "het is te makkelijk" hears that letting go stays the point, not an offer to measure', async () => {
    const c = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('ik heb een gespannen bekkenbodem');
    await turn(c, 'het is te makkelijk', {
      A: 'Fijn dat het goed gaat. Bij een gespannen bekkenbodem blijft goed loslaten het belangrijkste: harder knijpen is niet het doel. Zullen we een ontspanningsoefening doen?',
      R: 'Zeg ja voor een ontspanningsoefening van een paar minuten, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
  });

  it('a tense floor with an old startblok is not offered a new maximal measurement at launch', async () => {
    const skill = testSkill(database().store);
    const c = new Conversation(skill.skill, `amzn1.ask.account.exercises-${++users}`);
    await c.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
    await c.user('vraag bekkenbodem coach dat mijn bekkenbodem gespannen is');
    skill.setNow(new Date('2026-12-21T09:00:00+01:00'));
    const launch = await c.user('open bekkenbodem coach');
    expect([launch.text.endsWith('Zullen we een ontspanningsoefening doen?'), launch.text.includes('startblok')]).toEqual([true, false]);
  });

  it('switches back to strength and offers the startblok', async () => {
    const c = await withStartblok(4, 6);
    await turn(c, 'vraag bekkenbodem coach ik heb een zwakke bekkenbodem', {
      A: 'Goed, dan werken we aan kracht: je startblok en de snelle kneepjes. Dat onthoud ik. Zullen we je startblok doen, 4 seconden, 6 keer?',
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
    expect((await c.user('de lift')).text).toMatch(/^Je bekkenbodem werkt als een lift\./);
  });

  it.each([
    ['vraag bekkenbodem coach om de liftoefening te doen', /lift/],
    ['vraag bekkenbodem coach om mijn kringspieroefeningen te doen', /We beginnen met je kringspier\./],
    ['vraag bekkenbodem coach om een ontspanningsoefening te doen', /Ga gemakkelijk zitten/],
    ['vraag bekkenbodem coach om de drie lagen te oefenen', /drie lagen/],
    ['vraag bekkenbodem coach om mijn training te starten', /startblok/],
  ])('starts one-shot: "%s"', async (utterance, expected) => {
    expect((await newUser().user(utterance)).text).toMatch(expected);
  });
});
