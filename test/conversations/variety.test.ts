import { useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { launchRequest } from '../helpers/requests';
import { testSkill } from '../helpers/skill';
import { fullStartblokSetup, quickIntro, quickRounds, READY, SETUP, startblokRounds, turn } from '../helpers/transcript';
import { fixedRandom } from '../../tools/seededRandom';
import { pickVariant } from '../../lambda/speech/variants';

/** Issue 10, part 5: a coach that does not repeat itself. */
const database = useDatabase();

let users = 0;
const at = (iso: string) => new Date(iso);

const FULL_SETUP_SITTING = fullStartblokSetup(4, 6, SETUP.zittend, READY.zittend);
const READY_SITTING_R = 'Zeg klaar als je goed zit, dan beginnen we. Zit je goed?';
const READY_LYING_R = 'Zeg klaar als je goed ligt, dan beginnen we. Lig je goed?';
const QUICK_OFFER = ' Mooi, je startblok zit erop. Nu de snelle kneepjes?';
const QUICK_R = 'Zeg ja voor de snelle kneepjes, of stop als je klaar bent. Doen we ze?';
/** After "klaar": the 4 s x 6 startblok in one response, then the offer of the quick contractions. */
const STARTBLOK_ROUNDS = {
  A: 'Mooi, we beginnen. Denk eraan: je trekt naar binnen en omhoog. ' + startblokRounds(4, 4, 1, 6, 6) + QUICK_OFFER,
  R: QUICK_R,
  end: false,
};
const QUICK = quickIntro(6) + ' ' + quickRounds(6);

function user(random?: () => number) {
  const skill = testSkill(database().store, { random });
  return { skill, c: new Conversation(skill.skill, `amzn1.ask.account.variety-${++users}`) };
}

/** A user who set the startblok by one-shot and trained once, Monday morning. */
async function trainedOnce() {
  const trained = user();
  await trained.c.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
  await trainThrough(trained.c);
  return trained;
}

/** A new user who set the startblok by one-shot and said "ja": the skill waits for "klaar". */
async function waitingForKlaar(): Promise<Conversation> {
  const { c } = user();
  await c.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
  await c.user('ja');
  return c;
}

/** One whole training after the offer was accepted, without checking the words. */
async function trainThrough(c: Conversation): Promise<string> {
  let reply = await c.user('ja');
  while (!reply.end) reply = await c.user('ja');
  return reply.text;
}

describe('a short start once the setup is known', () => {
  it('later the same day: a short start, and time to lie down before the first repetition', async () => {
    const { skill, c } = user();
    await c.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
    await turn(c, 'ja', { A: FULL_SETUP_SITTING, R: READY_SITTING_R, end: false });
    await turn(c, 'klaar', STARTBLOK_ROUNDS);
    await turn(c, 'ja', {
      A: QUICK + ' Goed gedaan! Dat was je eerste training van vandaag. Het advies is 4 tot 6 keer per dag. Tot straks!',
      end: true,
    });

    skill.setNow(at('2026-11-23T13:00:00+01:00'));
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Zullen we je startblok doen, 4 seconden, 6 keer?',
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    // The second session of the day rotates to lying: said with time to move, never a pause of 2 s.
    await turn(c, 'ja', {
      A:
        'Daar gaan we weer: 4 seconden, 6 keer. Deze keer liggend, op je rug, met het ene been over het andere. ' +
        'Zeg klaar als je goed ligt. Duurt het wat langer, open me dan straks opnieuw, dan gaan we verder. Ben je zover?',
      R: READY_LYING_R,
      end: false,
    });
    // Silence: the reprompt gives more time.
    await turn(c, 'help', {
      A: 'Ga rustig in de houding zitten, staan of liggen, en zeg klaar als je zover bent. Duurt het wat langer, open me dan straks gewoon opnieuw: dan gaan we verder waar je was. Ben je zover?',
      R: 'Ben je zover?',
      end: false,
    });
    await turn(c, 'ik lig', STARTBLOK_ROUNDS);
  });

  it('the full setup on the first two training days; from the third, a short start at once', async () => {
    const { skill, c } = await trainedOnce();
    skill.setNow(at('2026-11-24T08:00:00+01:00'));
    await c.user('open bekkenbodem coach');
    await turn(c, 'ja', { A: FULL_SETUP_SITTING, R: READY_SITTING_R, end: false });
    await c.user('klaar');
    await c.user('ja');

    skill.setNow(at('2026-11-25T08:00:00+01:00'));
    await c.user('open bekkenbodem coach');
    await turn(c, 'ja', {
      A: 'Daar gaan we weer: 4 seconden, 6 keer. Deze keer zittend, met je ellebogen op je knieën. Zeg klaar als je goed zit. Ben je zover?',
      R: READY_SITTING_R,
      end: false,
    });
  });

  it('"hoe moet het ook alweer" gives the full setup again, then waits for "klaar"; mid-set, the breathing and on', async () => {
    const { skill, c } = await trainedOnce();
    skill.setNow(at('2026-11-23T13:00:00+01:00'));
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await turn(c, 'hoe moet het ook alweer', {
      A: fullStartblokSetup(4, 6, SETUP.liggend, READY.liggend),
      R: READY_LYING_R,
      end: false,
    });
    await turn(c, 'klaar', STARTBLOK_ROUNDS);
    await turn(c, 'hoe moet ik aanspannen', {
      A:
        'Buik, billen en benen blijven los, en je blijft rustig ademen. Ik tel de keren voor je. ' +
        'Je spant aan terwijl je uitademt: naar binnen en omhoog, zonder te persen. ' +
        'Tijdens het vasthouden adem je rustig door. En als je inademt, laat je los. ' +
        'Zullen we verdergaan?',
      R: 'Zeg ja om door te gaan, of stop als je klaar bent. Gaan we door?',
      end: false,
    });
    await turn(c, 'ja', {
      A: QUICK + ' Goed gedaan! Je hebt vandaag 2 keer getraind. Het advies is 4 tot 6 keer per dag. Tot straks!',
      end: true,
    });
  });

  it('"hoe moet het ook alweer" outside a training starts it with the full setup', async () => {
    const { skill, c } = await trainedOnce();
    skill.setNow(at('2026-11-23T19:00:00+01:00'));
    await c.user('open bekkenbodem coach');
    const reply = await c.user('hoe moet het ook alweer');
    expect([
      reply.text.startsWith('We doen je startblok: 4 seconden vasthouden, 6 keer.'),
      reply.text.endsWith(READY.liggend),
      reply.end,
    ]).toEqual([true, true, false]);
  });

  it('"wacht even" while waiting for "klaar" keeps the place; "ga door" starts the repetitions', async () => {
    const c = await waitingForKlaar();
    await turn(c, 'wacht even', {
      A: 'Goed, even pauze. Zeg verder als je weer kunt. Ben je er over een paar tellen nog niet, open me dan straks opnieuw: dan gaan we verder waar je was. Zullen we verdergaan?',
      R: 'Zeg verder om door te gaan, of stop. Gaan we verder?',
      end: false,
    });
    await turn(c, 'ga door', STARTBLOK_ROUNDS);
  });

  it('"nee" or "stop" while waiting for "klaar" ends without counting anything', async () => {
    const c = await waitingForKlaar();
    await turn(c, 'stop', { A: 'Tot de volgende keer!', end: true });
    const items = (await database().items()).filter((item) => item.pk === `USER#${c.who.userId}`);
    expect(items.map((item) => item.sk)).toEqual(['ACCOUNT#PROFILE']);
  });
});

describe('praise, greetings and closings vary', () => {
  it('with a fixed random sequence: different praise and greetings over two trainings', async () => {
    // Calls in order: the technique tip and praise (training 1), welcome back, the tip and praise (training 2).
    const { skill, c } = user(fixedRandom(0, 0.3, 0.9, 0, 0.6));
    await c.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
    expect(await trainThrough(c)).toMatch(/\[2 s\] Knap gedaan! Dat was je eerste training van vandaag\./);

    skill.setNow(at('2026-11-23T13:00:00+01:00'));
    await turn(c, 'open bekkenbodem coach', {
      A: 'Welkom terug. Zullen we je startblok doen, 4 seconden, 6 keer?',
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    expect(await trainThrough(c)).toMatch(/\[2 s\] Mooi gewerkt! Je hebt vandaag 2 keer getraind\./);
  });

  it('never says the same variant twice in a row in a session, even when the randomness repeats itself', async () => {
    const { c } = user(fixedRandom(0));
    await c.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
    await trainThrough(c);
    expect((await c.user('open bekkenbodem coach')).text).toMatch(/^Fijn dat je er weer bent\./);
    // A second greeting in the same session (its attributes carry the last variant): the next one.
    expect((await c.send(launchRequest(c.who))).text).toMatch(/^Hoi, daar ben je weer\./);
    expect(c.who.attributes.variants).toEqual({ welcomeBack: 1 });
  });

  it.each([
    [4, 0, undefined, 0],
    [4, 0.99, undefined, 3],
    [4, 0, 0, 1],
    [4, 0.5, 1, 2],
    [4, 0.99, 3, 2],
    [1, 0.7, 0, 0],
  ])('pickVariant(%i, %f, last %p) is %i', (count, random, last, expected) => {
    expect(pickVariant(count, random, last)).toBe(expected);
  });

  it('never picks the last variant again, over many random numbers', () => {
    for (let last = 0; last < 4; last++) {
      for (let r = 0; r < 1; r += 0.01) expect(pickVariant(4, r, last)).not.toBe(last);
    }
  });
});
