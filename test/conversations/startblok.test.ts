import { itemsOf, useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { timedCues } from '../helpers/cueTiming';
import { testSkill } from '../helpers/skill';
import { afterLastPause, quickIntro, quickRounds, startblokRounds, turn } from '../helpers/transcript';

const database = useDatabase();

const NOT_READY_R = 'Zeg klaar als je zover bent, of stop als je liever later oefent. Ben je zover?';

let users = 0;
function conversation(): Conversation {
  return new Conversation(testSkill(database().store).skill, `amzn1.ask.account.startblok-${++users}`);
}

async function storedStartblok(c: Conversation) {
  const item = (await itemsOf(database(), c.who.userId)).get('PROFILE');
  const startblok = item?.startblok as { holdSeconds: number; repetitions: number } | undefined;
  return { hold: startblok?.holdSeconds, repetitions: startblok?.repetitions };
}

/** A new user who asked to determine the startblok and did the maximal squeeze: "Tot hoeveel kon je vasthouden?" is open. */
async function atTheHoldQuestion(): Promise<Conversation> {
  const c = conversation();
  await c.user('vraag bekkenbodem coach om mijn startblok te bepalen');
  await c.user('klaar');
  expect(afterLastPause(await c.user('klaar'))).toBe('Adem in, en laat helemaal los. Tot hoeveel kon je vasthouden?');
  return c;
}

describe('setting the startblok by voice', () => {
  it('explains out-of-range and missing values, re-asks, and never clamps', async () => {
    const c = conversation();
    await c.user('open bekkenbodem coach');
    await turn(c, 'mijn startblok is twintig seconden zes keer', {
      A: 'Langer dan tien seconden vasthouden hoeft niet, tien is het maximum. Hoeveel seconden lukt het, van één tot tien?',
      R: 'Zeg een getal van één tot tien. Hoeveel seconden?',
      end: false,
    });
    // A told startblok of zero: nothing was measured together, so no "nog een keer proberen" and
    // no made-up startblok, but help and the question again (issue 19).
    await turn(c, 'nul seconden', {
      A:
        'Lukt vasthouden nog niet? Dat komt vaak voor, en het is te leren. Een bekkenfysiotherapeut kan je helpen de goede spieren te vinden. ' +
        'Lukt het wel even, hoeveel seconden dan?',
      R: 'Zeg een getal van één tot tien. Hoeveel seconden?',
      end: false,
    });
    await turn(c, 'vijf seconden', {
      A: 'En hoe vaak kun je 5 seconden vasthouden?',
      R: 'Zeg een getal van één tot twaalf. Hoe vaak lukt het?',
      end: false,
    });
    await turn(c, 'twintig keer', {
      A: 'Meer dan twaalf keer hoeft niet, acht tot twaalf keer is het doel. Hoe vaak lukt het, van één tot twaalf?',
      R: 'Zeg een getal van één tot twaalf. Hoe vaak?',
      end: false,
    });
    expect(await storedStartblok(c)).toEqual({ hold: undefined, repetitions: undefined });
    await turn(c, 'acht', {
      A: 'Je startblok is nu 5 seconden, 8 keer. Zullen we het meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
    expect(await storedStartblok(c)).toEqual({ hold: 5, repetitions: 8 });
  });

  it('asks for the seconds when only the repetitions were said, and keeps the repetitions', async () => {
    const c = conversation();
    await c.user('open bekkenbodem coach');
    await turn(c, 'zes keer', {
      A: 'Hoeveel seconden kun je vasthouden?',
      R: 'Zeg een getal van één tot tien. Hoeveel seconden?',
      end: false,
    });
    expect((await c.user('vier seconden')).text).toBe('Je startblok is nu 4 seconden, 6 keer. Zullen we het meteen doen?');
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: 6 });
  });

  it('takes a bare number after the repetitions as the seconds', async () => {
    const c = conversation();
    await c.user('open bekkenbodem coach');
    await c.user('acht keer');
    await c.user('vijf');
    expect(await storedStartblok(c)).toEqual({ hold: 5, repetitions: 8 });
  });

  it('praises a startblok that grew', async () => {
    const c = conversation();
    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden vier keer te zetten');
    await turn(c, 'mijn startblok is vier seconden zes keer', {
      A: 'Knap, je startblok is gegroeid: nu 4 seconden, 6 keer. Zullen we het meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
  });

  it('says so kindly when a new measurement comes out below the last startblok, and stores the new one', async () => {
    const c = conversation();
    await c.user('vraag bekkenbodem coach om mijn startblok op zes seconden acht keer te zetten');
    await c.user('vraag bekkenbodem coach om mijn startblok te bepalen');
    expect(afterLastPause(await c.user('klaar'))).toBe('Adem in, en laat helemaal los. Tot hoeveel kon je vasthouden?');
    await c.user('vier');
    await c.user('nee');
    await turn(c, 'vijf', {
      A:
        'Dat is wat minder dan de vorige keer, en dat is heel gewoon: je bekkenbodem heeft goede en mindere dagen. ' +
        'Je startblok is nu 4 seconden, 5 keer, zodat je traint op wat je nu kunt. ' +
        'Die meting telt meteen als training. Doen we er alleen nog de snelle kneepjes achteraan?',
      R: 'Zeg ja voor de snelle kneepjes, of stop als het genoeg is. Doen we ze?',
      end: false,
    });
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: 5 });
  });

  it('works one-shot for someone who never opened the skill, with the disclaimer once', async () => {
    const c = conversation();
    await turn(c, 'vraag bekkenbodem coach om mijn startblok op drie seconden vijf keer te zetten', {
      A:
        'Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut. ' +
        'Je startblok is nu 3 seconden, 5 keer. Zullen we het meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Zullen we je startblok doen, 3 seconden, 5 keer?',
      R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
  });
});

describe('determining the startblok together', () => {
  it('teaches the first squeeze: a position and a wait, the muscle-finding tip and gentle practice, then the maximal one with breathing in the count', async () => {
    const c = conversation();
    await c.user('open bekkenbodem coach');
    await turn(c, 'ja', {
      A: 'Eerst zoeken we samen de goede spieren. Ga zitten, met je voeten en knieën een beetje uit elkaar, en zeg klaar als je zit. Ben je zover?',
      R: 'Zeg klaar als je goed zit, dan gaan we verder. Zit je goed?',
      end: false,
    });
    await turn(c, 'klaar', {
      A:
        'Doe alsof je tegelijk je plas en een windje ophoudt. Dan trek je naar binnen en omhoog, zonder te persen. Je billen en je buik blijven los. ' +
        'We oefenen twee keer, heel rustig. [2 s] ' +
        'Één. Adem uit, en span zachtjes aan: naar binnen en omhoog. [3 s] Adem in, en laat los. [3 s] ' +
        'De laatste. Adem uit, en span zachtjes aan: naar binnen en omhoog. [3 s] Adem in, en laat los. [3 s] ' +
        'Voelde je iets naar binnen en omhoog trekken, dan zit je goed. Nu meten we hoe lang je het volhoudt, zo stevig als je kunt. Zeg klaar als je zover bent. Ben je zover?',
      R: 'Zeg klaar, dan meten we hoe lang je kunt vasthouden. Ben je zover?',
      end: false,
    });
    const measure = await c.user('klaar');
    expect(measure.text).toMatch(
      /^Nu zo stevig als je kunt, en hou vast zolang het lukt\. Ik tel tot tien, en jij ademt gewoon door\. Lukt het niet meer, laat dan los en onthoud het getal\. \[2 s\] Adem uit, en knijp zo stevig als je kunt\. één \[0\.79 s\] twee \[0\.1 s\] adem door \[0\.05 s\] drie \[0\.71 s\] .* tien \[0\.71 s\] Adem in, en laat helemaal los\. Tot hoeveel kon je vasthouden\?$/,
    );
    expect(measure.reprompt).toBe('Zeg een getal van één tot tien. Tot hoeveel seconden lukte het?');
    const hold = timedCues(measure.ssml).find((cue) => cue.kind === 'contract')?.after ?? 0;
    expect(Math.abs(hold - 10)).toBeLessThanOrEqual(0.3);

    await turn(c, 'elf', {
      A: 'Langer dan tien seconden vasthouden hoeft niet, tien is het maximum. Hoeveel seconden lukt het, van één tot tien?',
      R: 'Zeg een getal van één tot tien. Hoeveel seconden?',
      end: false,
    });
    await turn(c, 'tot vier', {
      A:
        'Goed, 4 seconden. Nu kijken we hoe vaak je 4 seconden kunt vasthouden, tot twaalf keer. ' +
        'Ik tel de keren. Onthoud bij welk nummer het voor het laatst de hele tijd lukte. [2 s] ' +
        startblokRounds(4, 4, 1, 6, 12) +
        ' Lukt het nog? Zullen we doorgaan?',
      R: 'Zeg ja om door te gaan, of nee als het niet meer lukt. Gaan we door?',
      end: false,
    });
    await turn(c, 'nee', {
      A: 'Bij welk nummer lukte het voor het laatst de hele tijd?',
      R: 'Zeg een getal van één tot twaalf. Hoe vaak lukte het helemaal?',
      end: false,
    });
    // The measurement was a training: it is counted, and only the quick contractions follow.
    await turn(c, 'zes keer', {
      A: 'Je startblok is nu 4 seconden, 6 keer. Die meting telt meteen als training. Doen we er alleen nog de snelle kneepjes achteraan?',
      R: 'Zeg ja voor de snelle kneepjes, of stop als het genoeg is. Doen we ze?',
      end: false,
    });
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: 6 });
    expect((await itemsOf(database(), c.who.userId)).get('DAY#2026-11-23')).toMatchObject({ sessions: 1, repetitions: 6, holdSeconds: 4 });
    await turn(c, 'ja', {
      A:
        quickIntro(6) +
        ' ' +
        quickRounds(6) +
        ' Goed gedaan! Dat was je eerste training van vandaag. Het advies is 4 tot 6 keer per dag. Tot straks!',
      end: true,
    });
    expect((await itemsOf(database(), c.who.userId)).get('DAY#2026-11-23')).toMatchObject({ sessions: 1, repetitions: 6, quickSets: 1 });
  });

  it('"nee" to "Ben je zover?" is "not yet", at the position and after the gentle squeezes', async () => {
    const c = conversation();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    const notYet = { A: 'Geen haast. Zeg klaar als je zover bent. Ben je zover?', R: NOT_READY_R, end: false };
    await turn(c, 'nee', notYet);
    expect((await c.user('klaar')).text).toMatch(/^Doe alsof je tegelijk je plas en een windje ophoudt\./);
    await turn(c, 'nee', {
      A: 'Geen haast. Voelde je nog niets, zeg dan: ik voel niks. Anders zeg je klaar als je zover bent. Ben je zover?',
      R: NOT_READY_R,
      end: false,
    });
    expect((await c.user('klaar')).text).toMatch(/^Nu zo stevig als je kunt/);
  });

  it('"nee" to "Ben je zover?" before a training set is "not yet" too', async () => {
    const c = conversation();
    await c.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
    expect((await c.user('ja')).text).toMatch(/Ben je zover\?$/);
    await turn(c, 'nee', { A: 'Geen haast. Zeg klaar als je zover bent. Ben je zover?', R: NOT_READY_R, end: false });
    expect((await c.user('klaar')).text).toMatch(/^Mooi, we beginnen\./);
  });

  it('"wacht even" and then "ga door" at the count: the question again, and the number then counts', async () => {
    const c = await atTheHoldQuestion();
    await c.user('vier');
    await c.user('nee');
    await c.user('wacht even, de telefoon');
    await turn(c, 'ga door', {
      A: 'Hoe vaak lukte het?',
      R: 'We bepalen je startblok: hoe lang je kunt vasthouden, en hoe vaak. Zeg gewoon bij welk nummer het nog helemaal lukte, van één tot twaalf. Hoe vaak lukte het?',
      end: false,
    });
    await c.user('zes');
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: 6 });
  });

  it('"nul" to "Lukt het nog?" after guided squeezes asks which was the last whole one, and keeps the measurement', async () => {
    const c = await atTheHoldQuestion();
    await c.user('vier');
    await turn(c, 'nul', {
      A: 'Bij welk nummer lukte het voor het laatst de hele tijd?',
      R: 'Zeg een getal van één tot twaalf. Hoe vaak lukte het helemaal?',
      end: false,
    });
    await c.user('vijf');
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: 5 });
  });

  it('"alles" and "allemaal" in the measurement are about the squeezes, not toilet tips: all twelve then count', async () => {
    const c = await atTheHoldQuestion();
    // To "Tot hoeveel kon je vasthouden?": the whole count, ten.
    expect((await c.user('alles')).text).toMatch(/^Goed, 10 seconden\./);
    let reply = await c.user('alles');
    expect(reply.text).not.toMatch(/wc/);
    while (afterLastPause(reply) !== 'Bij welk nummer lukte het voor het laatst de hele tijd?') reply = await c.user('ja');
    await c.user('allemaal');
    expect(await storedStartblok(c)).toEqual({ hold: 10, repetitions: 12 });
  });

  it('"weet ik niet" to the measured numbers: an estimate will do, and the number still counts', async () => {
    const c = await atTheHoldQuestion();
    await turn(c, 'weet ik niet', {
      A: 'Geen probleem, een schatting is goed. Zeg het getal waar je ongeveer was toen je losliet, bijvoorbeeld: vier. Tot hoeveel kon je vasthouden?',
      R: 'Zeg een getal van één tot tien. Tot hoeveel seconden lukte het?',
      end: false,
    });
    await c.user('vier');
    await c.user('nee');
    await turn(c, 'geen idee', {
      A: 'Geen probleem, een schatting is goed. Zeg ongeveer bij welk nummer het nog helemaal lukte, bijvoorbeeld: zes. Hoe vaak lukte het?',
      R: 'Zeg een getal van één tot twaalf. Hoe vaak lukte het helemaal?',
      end: false,
    });
    await c.user('zes');
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: 6 });
  });

  it('"nul" to the count after the guided squeezes: the hold was too long to repeat, and the squeezes are tried at half of it', async () => {
    const c = await atTheHoldQuestion();
    await c.user('zes');
    await c.user('nee');
    await turn(c, 'nul', {
      A: 'Dan was 6 seconden nog te lang om vaker vol te houden. Dat is heel gewoon: één keer lukt vaak wel, steeds opnieuw nog niet. Zullen we het proberen met 3 seconden?',
      R: 'Zeg ja, dan doen we de kneepjes nog eens met een kortere tijd. Of zeg nee als je het later wilt doen. Zullen we het proberen?',
      end: false,
    });
    expect((await c.user('ja')).text).toMatch(/^Goed, 3 seconden\. .* Lukt het nog\? Zullen we doorgaan\?$/);
    await c.user('nee');
    await c.user('vier');
    expect(await storedStartblok(c)).toEqual({ hold: 3, repetitions: 4 });
  });

  it('"nee" to a measured number is no number: the question is explained, and the measurement is kept', async () => {
    const c = await atTheHoldQuestion();
    await turn(c, 'nee', {
      A: 'We bepalen je startblok: hoe lang je kunt vasthouden, en hoe vaak. Zeg gewoon het getal waar je was toen je losliet, van één tot tien. Tot hoeveel kon je vasthouden?',
      R: 'Hoeveel seconden lukte het?',
      end: false,
    });
    await c.user('vier');
    await c.user('nee');
    await c.user('nee');
    await c.user('zes');
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: 6 });
  });

  it('"weet ik niet" twice: a cautious number is taken instead of the same question again', async () => {
    const c = await atTheHoldQuestion();
    await c.user('weet ik niet');
    expect((await c.user('geen idee')).text).toMatch(
      /^Dan nemen we voorlopig 3 seconden: liever wat te weinig dan te veel\. Over een paar dagen meten we gewoon opnieuw\. Nu kijken we hoe vaak je 3 seconden kunt vasthouden/,
    );
    await c.user('nee');
    await c.user('weet ik niet');
    expect((await c.user('weet ik echt niet')).text).toMatch(
      /^Dan nemen we voorlopig 3 keer: liever wat te weinig dan te veel\. Je startblok is nu 3 seconden, 3 keer\./,
    );
    expect(await storedStartblok(c)).toEqual({ hold: 3, repetitions: 3 });
  });

  it('"weet ik niet" to "Lukt het nog?": in doubt the squeezes stop, and the count keeps the measurement', async () => {
    const c = await atTheHoldQuestion();
    expect((await c.user('vier')).text).toMatch(/Lukt het nog\? Zullen we doorgaan\?$/);
    await turn(c, 'weet ik niet', {
      A: 'Twijfel je, dan stoppen we hier: alleen de keren die helemaal lukten, tellen mee. Bij welk nummer lukte het voor het laatst de hele tijd?',
      R: 'Zeg een getal van één tot twaalf. Hoe vaak lukte het helemaal?',
      end: false,
    });
    await c.user('vijf');
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: 5 });
  });

  it('"ik voel niks" after the gentle squeezes: help to find the muscle and a new try, without the huisarts line', async () => {
    const c = conversation();
    await c.user('vraag bekkenbodem coach om mijn startblok te bepalen');
    await c.user('klaar');
    const answer = await c.user('ik voel niks');
    expect(answer.text).toMatch(/Een startblok sla ik nu nog niet op\. Zullen we het samen nog een keer proberen\?$/);
    expect(answer.text).not.toContain('huisarts');
  });

  it.each([
    ['stop', 'Bij welk nummer lukte het voor het laatst de hele tijd?', 'zes'],
    [
      'vijf keer',
      'Je startblok is nu 4 seconden, 5 keer. Die meting telt meteen als training. Doen we er alleen nog de snelle kneepjes achteraan?',
      undefined,
    ],
  ])('"%s" at "Lukt het nog?" keeps the measurement', async (said, answer, count) => {
    const c = await atTheHoldQuestion();
    expect((await c.user('vier')).text).toMatch(/Lukt het nog\? Zullen we doorgaan\?$/);
    expect((await c.user(said)).text).toBe(answer);
    if (count) expect((await c.user(count)).text).toMatch(/^Je startblok is nu 4 seconden, 6 keer\./);
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: count ? 6 : 5 });
  });

  it('measures again without the lesson once a startblok is known, but only once the user sits ready', async () => {
    const c = conversation();
    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden vier keer te zetten');
    await turn(c, 'vraag bekkenbodem coach om mijn startblok te bepalen', {
      A: 'We meten hoe lang en hoe vaak je nu kunt aanspannen. Ga zitten, met je voeten en knieën een beetje uit elkaar, en zeg klaar als je zover bent. Ben je zover?',
      R: 'Zeg klaar, dan meten we hoe lang je kunt vasthouden. Ben je zover?',
      end: false,
    });
    // No gentle squeezes were done this time, so "nee" is only "not yet".
    await turn(c, 'nee', { A: 'Geen haast. Zeg klaar als je zover bent. Ben je zover?', R: NOT_READY_R, end: false });
    expect((await c.user('klaar')).text).toMatch(/^Nu zo stevig als je kunt, en hou vast zolang het lukt\./);
  });

  it('accepts "ik zit" for "klaar" during the lesson', async () => {
    const c = conversation();
    await c.user('vraag bekkenbodem coach om mijn startblok te bepalen');
    expect((await c.user('ik zit')).text).toMatch(/^Doe alsof je tegelijk je plas en een windje ophoudt\./);
  });

  it('plays the second round of measuring repetitions on "ja", then asks how many', async () => {
    const c = await atTheHoldQuestion();
    await c.user('vier');
    await turn(c, 'ja', {
      A: startblokRounds(4, 4, 7, 12, 12) + ' Bij welk nummer lukte het voor het laatst de hele tijd?',
      R: 'Zeg een getal van één tot twaalf. Hoe vaak lukte het helemaal?',
      end: false,
    });
    await c.user('negen');
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: 9 });
  });

  it('reads "geen enkele keer" as nought repetitions, the same as "nul", and stores nothing', async () => {
    const said = async (count: string) => {
      const c = await atTheHoldQuestion();
      await c.user('vier');
      await c.user('ja');
      const answer = (await c.user(count)).text;
      return { answer, stored: await storedStartblok(c) };
    };
    const nought = await said('nul');
    expect(await said('geen enkele keer')).toEqual(nought);
    expect(nought.stored).toEqual({ hold: undefined, repetitions: undefined });
  });
});
