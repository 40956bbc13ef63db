import { Conversation } from '../helpers/conversation';
import { itemsOf, useDatabase } from '../helpers/database';
import { testSkill } from '../helpers/skill';
import { afterLastPause, thenOnWithTraining, throughTheStartblok, turn } from '../helpers/transcript';

const database = useDatabase();

/** 09:00 in Amsterdam, `days` after Monday 23 November 2026. */
const day = (days: number) => new Date(Date.parse('2026-11-23T08:00:00Z') + days * 86_400_000);

describe('a coach over months', () => {
  it('tracks a week, re-tests after two weeks, encourages, switches to the 3-a-day target and offers maintenance after six months', async () => {
    const skill = testSkill(database().store, { now: day(0) });
    const c = new Conversation(skill.skill, 'amzn1.ask.account.months');
    const train = async (on: number) => {
      skill.setNow(day(on));
      await c.user('vraag bekkenbodem coach om mijn training te starten');
      await c.user('klaar');
      return c.user('ja');
    };

    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden vier keer te zetten');
    // A week: every day but Thursday, twice on the Sunday.
    for (const on of [0, 1, 2, 4, 5, 6]) await train(on);
    expect(afterLastPause(await train(6))).toBe(
      'Goed gedaan! Je hebt vandaag 2 keer getraind. Het advies is 4 tot 6 keer per dag. Tot straks!',
    );

    await turn(c, 'vraag bekkenbodem coach hoe gaat het met mijn training', {
      A:
        'Vandaag heb je 2 keer geoefend. Het advies is 4 tot 6 keer per dag. Deze week heb je op 6 dagen geoefend. ' +
        'Je startblok is 2 seconden, 4 keer. Je bent deze week begonnen met het programma van zes maanden. Zullen we nu oefenen?',
      R: 'Zeg ja om te oefenen, of stop. Zullen we oefenen?',
      end: false,
    });
    await turn(c, 'hoe vaak heb ik vandaag geoefend', {
      A: 'Vandaag heb je 2 keer geoefend. Het advies is 4 tot 6 keer per dag. Zullen we nu oefenen?',
      R: 'Zeg ja om te oefenen, of stop. Zullen we oefenen?',
      end: false,
    });

    // Two weeks on: the startblok is measured again, and it grew.
    skill.setNow(day(14));
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Je startblok is nu 2 weken oud. Zullen we kijken of het gegroeid is?',
      R: 'Zeg ja, dan bepalen we je startblok opnieuw, of nee om gewoon te oefenen. Zullen we meten?',
      end: false,
    });
    expect((await c.user('ja')).text).toMatch(/Ben je zover\?$/);
    expect((await c.user('klaar')).text).toMatch(/Tot hoeveel kon je vasthouden\?$/);
    await c.user('vier');
    await c.user('nee');
    await turn(c, 'zes', {
      A: 'Knap, je startblok is gegroeid: nu 4 seconden, 6 keer. Die meting telt meteen als training. Doen we er alleen nog de snelle kneepjes achteraan?',
      R: 'Zeg ja voor de snelle kneepjes, of stop als het genoeg is. Doen we ze?',
      end: false,
    });
    // Asked at the offer of the quick contractions: the answer, and that offer comes back.
    await turn(c, 'wat is mijn startblok', {
      A: 'Je begon met 2 seconden, 4 keer; nu is je startblok 4 seconden, 6 keer. Doen we de snelle kneepjes?',
      R: 'Zeg ja voor de snelle kneepjes, of stop als het genoeg is. Doen we ze?',
      end: false,
    });

    // Week 3, after one training this week: a word on regularity, said once a week; praise is for regular training (issue 19).
    await train(21);
    skill.setNow(day(21));
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Regelmaat maakt het verschil: elke dag een paar keer even oefenen helpt het meest. Zullen we je startblok doen, 4 seconden, 6 keer?',
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Zullen we je startblok doen, 4 seconden, 6 keer?',
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });

    // The startblok reaches 10 s x 8: from now on the target is three times a day.
    skill.setNow(day(30));
    await turn(c, 'vraag bekkenbodem coach mijn startblok is tien seconden acht keer', {
      A: 'Knap, je startblok is gegroeid: nu 10 seconden, 8 keer. Daarmee heb je het doel bereikt: vanaf nu oefen je acht tot twaalf keer aanspannen, drie keer per dag. Zullen we het meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
    // "ja" to the offer, "ja" (klaar) once seated, then the rounds.
    for (let round = 0; round < 3; round++) await c.user('ja');
    expect(afterLastPause(await c.user('ja'))).toBe(
      'Goed gedaan! Je hebt vandaag 1 van je drie trainingen gedaan, elk met acht tot twaalf keer aanspannen. Tot straks!',
    );
    expect((await c.user('vraag bekkenbodem coach hoe vaak heb ik vandaag geoefend')).text).toBe(
      'Vandaag heb je 1 keer geoefend. Je doel is drie keer per dag. Zullen we nu oefenen?',
    );

    // Six months of training after the first one (the days in between stand for it): first the complaints, then maintenance.
    const user = { userId: c.who.userId };
    const { profile } = await database().store.load(user, '2027-05-24');
    await database().store.updateProfile(user, profile, (p) => ({ ...p, lastTrainedOn: '2027-05-24', trainingDays: 120 }));
    skill.setNow(day(183));
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Je hebt een half jaar geoefend, op 120 dagen. Knap volgehouden! Zijn je klachten weg, of bijna?',
      R: 'Zeg ja als je klachten weg zijn, of nee als je er nog last van hebt. Zijn je klachten weg?',
      end: false,
    });
    await turn(c, 'ja', {
      A: 'Dan kun je overstappen op onderhoud: twee keer per week drie sets van je startblok. Zullen we dat doen?',
      R: 'Zeg ja om over te gaan op onderhoud, of nee om door te gaan zoals nu. Gaan we over op onderhoud?',
      end: false,
    });
    const firstSet = await c.user('ja');
    expect(firstSet.text).toMatch(/^Onderhoud, set 1 van 3: knijp zo stevig als je kunt en hou 10 seconden vast\. Dat doen we 8 keer\./);
    let reply = firstSet;
    while (!reply.end) reply = await c.user('ja');
    expect(afterLastPause(reply)).toBe(
      'Goed gedaan! Je onderhoud zit erop. Twee keer per week is genoeg om je bekkenbodem sterk te houden. Tot de volgende keer!',
    );
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Zullen we je onderhoud doen: drie sets van 8 keer?',
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });

    const items = await itemsOf(database(), c.who.userId);
    expect(items.get('PROFILE')).toMatchObject({
      maintenanceFrom: '2027-05-25',
      startblok: { holdSeconds: 10, repetitions: 8, setOn: '2026-12-23' },
      startblokHistory: [
        { holdSeconds: 2, repetitions: 4, setOn: '2026-11-23' },
        { holdSeconds: 4, repetitions: 6, setOn: '2026-12-07' },
        { holdSeconds: 10, repetitions: 8, setOn: '2026-12-23' },
      ],
    });
    expect(items.get('DAY#2026-11-29')).toMatchObject({ sessions: 2, repetitions: 8, quickSets: 2, holdSeconds: 2 });
    expect(items.get('DAY#2026-12-23')).toMatchObject({ sessions: 1, repetitions: 8, holdSeconds: 10 });
    expect(items.get('DAY#2027-05-25')).toMatchObject({ sessions: 1, repetitions: 24, holdSeconds: 10 });
    expect(items.has('DAY#2026-11-26')).toBe(false);
  });

  it('offers maintenance, not the startblok, when a maintenance user says the floor is weak; "ja" plays the maintenance sets', async () => {
    const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.maintenance-focus');
    await c.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
    const user = { userId: c.who.userId };
    const { profile } = await database().store.load(user, '2026-11-23');
    await database().store.updateProfile(user, profile, (p) => ({ ...p, maintenanceFrom: '2026-11-20' }));

    await turn(c, 'vraag bekkenbodem coach ik heb een zwakke bekkenbodem', {
      A: 'Goed, dan werken we aan kracht: je startblok en de snelle kneepjes. Dat onthoud ik. Zullen we je onderhoud doen: drie sets van 6 keer?',
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    const firstSet = await c.user('ja');
    expect(firstSet.text).toMatch(
      /^Onderhoud, set 1 van 3: knijp zo stevig als je kunt en hou 4 seconden vast\. Dat doen we 6 keer\. Denk eraan: je trekt naar binnen en omhoog\./,
    );
    let reply = firstSet;
    while (!reply.end) reply = await c.user('ja');
    expect(afterLastPause(reply)).toBe(
      'Goed gedaan! Je onderhoud zit erop. Twee keer per week is genoeg om je bekkenbodem sterk te houden. Tot de volgende keer!',
    );
    const items = await itemsOf(database(), c.who.userId);
    expect(items.get('PROFILE')).toMatchObject({ focus: 'kracht', maintenanceFrom: '2026-11-20' });
    expect(items.get('DAY#2026-11-23')).toMatchObject({ sessions: 1, repetitions: 18, holdSeconds: 4 });
  });

  it('offers a new measurement when the training has become easy', async () => {
    const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.easy');
    await c.user('vraag bekkenbodem coach om mijn startblok op drie seconden vijf keer te zetten');
    await turn(c, 'het is te makkelijk', {
      A: 'Fijn dat het makkelijker gaat: dan is je bekkenbodem sterker geworden. Zullen we je startblok opnieuw bepalen?',
      R: 'Zeg ja, dan bepalen we je startblok opnieuw, of nee om gewoon te oefenen. Zullen we meten?',
      end: false,
    });
    await turn(c, 'nee', {
      A: 'Zullen we je startblok doen, 3 seconden, 5 keer?',
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
  });
});

const EASY_LATER =
  'Fijn dat het makkelijker gaat: dan is je bekkenbodem sterker geworden. Zeg na de training: meet mijn startblok opnieuw, dan kijken we hoever je nu bent.';

describe('"te makkelijk" in the middle of a set', () => {
  it('names the new measurement for afterwards, and the set goes on: nothing done is lost', async () => {
    const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.easy-mid-set');
    await c.user('vraag bekkenbodem coach om mijn startblok op tien seconden twaalf keer te zetten');
    await c.user('ja');
    expect(afterLastPause(await c.user('klaar'))).toBe('Even een adempauze. Gaan we door?');
    await turn(c, 'het is te makkelijk', thenOnWithTraining(EASY_LATER));
    expect((await c.user('ja')).text).toMatch(/^Vijf\./);
  });

  it('with no training under way, offers the new measurement', async () => {
    const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.easy-idle');
    await c.user('vraag bekkenbodem coach om mijn startblok op drie seconden vijf keer te zetten');
    expect((await c.user('vraag bekkenbodem coach het is te makkelijk')).text).toBe(
      'Fijn dat het makkelijker gaat: dan is je bekkenbodem sterker geworden. Zullen we je startblok opnieuw bepalen?',
    );
  });
});

describe('"te makkelijk" between the startblok and the quick contractions', () => {
  it('names the new measurement for afterwards and goes on with the quick contractions, not a second startblok', async () => {
    const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.easy-between-sets');
    await c.user('vraag bekkenbodem coach om mijn startblok op drie seconden vijf keer te zetten');
    await throughTheStartblok(c);
    await turn(c, 'het is te makkelijk', thenOnWithTraining(EASY_LATER));
    expect((await c.user('ja')).text).toMatch(/^Nu de snelle kneepjes/);
  });
});

describe('today, when no whole training was done', () => {
  it('says that there was practice (a lift), not that there was none', async () => {
    const c = new Conversation(testSkill(database().store, { now: day(0) }).skill, 'amzn1.ask.account.progress-lift');
    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden vier keer te zetten');
    await c.user('doe de liftoefening');
    expect(afterLastPause(await c.user('ja'))).toMatch(/De lift staat weer beneden\./);
    await turn(c, 'vraag bekkenbodem coach hoe vaak ik vandaag geoefend heb', {
      A: 'Vandaag heb je al wel geoefend, maar nog geen hele training gedaan. Het advies is 4 tot 6 keer per dag. Zullen we nu oefenen?',
      R: 'Zeg ja om te oefenen, of stop. Zullen we oefenen?',
      end: false,
    });
  });
});

describe('the summary', () => {
  it('says a week without practice once, not as today and again as the week', async () => {
    const c = new Conversation(testSkill(database().store, { now: day(0) }).skill, 'amzn1.ask.account.progress-quiet');
    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden vier keer te zetten');
    await turn(c, 'vraag bekkenbodem coach hoe sta ik ervoor', {
      A: 'Deze week heb je nog niet geoefend. Het advies is 4 tot 6 keer per dag. Je startblok is 2 seconden, 4 keer. Je bent deze week begonnen met het programma van zes maanden. Zullen we nu oefenen?',
      R: 'Zeg ja om te oefenen, of stop. Zullen we oefenen?',
      end: false,
    });
  });

  it("says that today's trainings reach the advice once they do", async () => {
    const c = new Conversation(testSkill(database().store, { now: day(0) }).skill, 'amzn1.ask.account.progress-met');
    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden twee keer te zetten');
    for (let n = 0; n < 4; n++) {
      await c.user('vraag bekkenbodem coach om mijn training te starten');
      await c.user('klaar');
      await c.user('nee');
    }
    expect((await c.user('vraag bekkenbodem coach hoe vaak ik vandaag geoefend heb')).text).toBe(
      'Vandaag heb je 4 keer geoefend. Daarmee zit je binnen het advies van 4 tot 6 keer per dag. Zullen we nu oefenen?',
    );
  });
});

describe('the week of the programme', () => {
  it('names the week the user is in: day 9 is week 2, day 14 week 3', async () => {
    const skill = testSkill(database().store, { now: day(0) });
    const c = new Conversation(skill.skill, 'amzn1.ask.account.programme-week');
    await c.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
    const weekLine = async (on: number) => {
      skill.setNow(day(on));
      const said = (await c.user('vraag bekkenbodem coach hoe gaat het met mijn training')).text;
      return /Je zit nu in week \d+ van het programma/.exec(said)?.[0] ?? said;
    };
    expect([await weekLine(9), await weekLine(14)]).toEqual([
      'Je zit nu in week 2 van het programma',
      'Je zit nu in week 3 van het programma',
    ]);
  });
});
