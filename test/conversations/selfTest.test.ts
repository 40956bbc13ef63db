import { itemsOf, useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import type { TestSkill } from '../helpers/skill';
import { MONDAY_MORNING, testSkill } from '../helpers/skill';
import { turn } from '../helpers/transcript';

/** A profile is kept 18 months after its last use (lambda/persistence/table.ts). */
const PROFILE_EXPIRES = MONDAY_MORNING.getTime() / 1000 + 548 * 86_400;

const database = useDatabase();

// The last sentence: the answers need not be said aloud (issue 22; the silent reading is in privacyByVoice.test.ts).
const INTRO =
  'We doen de zelftest: tien korte vragen over klachten. Zeg steeds ja, nee, of weet ik niet. Je antwoorden bewaar ik niet. ' +
  'Zeg je liever niets hardop, zeg dan: in stilte.';
const HINT = 'Zeg ja, nee, of weet ik niet.';
const QUESTIONS = [
  'Vraag 1. Verlies je weleens urine als je hoest, niest, lacht of sport?',
  "Vraag 2. Krijg je weleens plotseling zo'n plasdrang dat je die moeilijk kunt uitstellen?",
  'Vraag 3. Moet je meer dan acht keer per dag naar de wc?',
  "Vraag 4. Word je 's nachts vaker dan één keer wakker om te plassen?",
  'Vraag 5. Verlies je weleens ongewild windjes of ontlasting?',
  'Vraag 6. Heb je een drukkend of zakkend gevoel onder in je bekken?',
  'Vraag 7. Heb je pijn tijdens of na het vrijen?',
  'Vraag 8. Heb je al lange tijd pijn onder in je rug of in je bekken?',
  'Vraag 9. Heb je het gevoel dat je blaas of darm na de wc niet helemaal leeg is?',
  'Vraag 10. Heb je na een bevalling nog klachten die niet over zijn gegaan?',
];
const SEE_PHYSIOTHERAPIST =
  'Zulke klachten komen veel voor, en je hoeft er niet van te schrikken. Wel is het slim om een afspraak te maken bij een bekkenfysiotherapeut: die kan goed kijken wat er speelt, en je gericht helpen.';
const KEEP_TRAINING = 'Blijf lekker trainen, en doe de test later nog eens.';
const NOT_A_DIAGNOSIS = 'Een zelftest is geen diagnose, maar een eerste indruk.';
const ALARM_SIGNALS =
  'Bel snel je huisarts bij bloed in je plas of ontlasting, bij koorts, of als je ineens je plas of ontlasting niet meer kunt ophouden. Dat geldt ook bij hevige pijn die niet overgaat, bij een bobbel die je van onderen voelt, en als je benen of je kruis ineens doof of krachteloos worden.';
const SELF_TEST_HELP =
  'Dit is de zelftest: tien vragen, en je antwoordt steeds met ja, nee, of weet ik niet. Zeg herhaal de vraag om hem opnieuw te horen, of zeg stop. Je antwoorden bewaar ik niet.';
const CLOSING = 'Je antwoorden zijn niet bewaard. Tot de volgende keer!';
/** The result turn is short (issue 19): the alarm list comes on request. */
const ALARM_OFFER = 'Wil je horen bij welke signalen je meteen je huisarts belt?';
const ALARM_OFFER_R = 'Zeg ja, dan noem ik ze kort. Of zeg nee. Wil je ze horen?';
const PAIN_FIRST =
  'Pijn bij het vrijen of in je bekken kan komen doordat je bekkenbodem te gespannen is. Leer dan eerst loslaten, met de ontspanningsoefening, en laat een bekkenfysiotherapeut meekijken.';
/** The result, then the alarm list on "ja". */
const result = (...parts: string[]) => ({ A: [...parts, NOT_A_DIAGNOSIS, ALARM_OFFER].join(' '), R: ALARM_OFFER_R, end: false });

/** Question n (1-based) as asked, with what comes before it, and its reprompt. */
const asked = (n: number, before = '') => ({
  A: `${before}${QUESTIONS[n - 1]}`,
  R: `${HINT} ${QUESTIONS[n - 1]}`,
  end: false,
});

let users = 0;
interface Started {
  readonly c: Conversation;
  readonly test: TestSkill;
}

/** A user who opened the skill and started the self-test (question 1 is open). */
async function started(): Promise<Started> {
  const test = testSkill(database().store);
  const c = new Conversation(test.skill, `amzn1.ask.account.self-test-${++users}`);
  await c.user('open bekkenbodem coach');
  await turn(c, 'doe de zelftest', asked(1, `${INTRO} `));
  return { c, test };
}

/** Answers questions `from`..`to` and checks that each next question follows. */
async function answer(c: Conversation, answers: readonly string[], from: number): Promise<void> {
  for (const [i, said] of answers.entries()) await turn(c, said, asked(from + i + 1));
}

async function profileOf(c: Conversation) {
  return (await itemsOf(database(), c.who.userId)).get('PROFILE');
}

describe('the self-test, start to verdict', () => {
  it.each([
    [0, 'Je hebt op geen enkele vraag ja gezegd.', KEEP_TRAINING],
    [1, 'Je hebt op één vraag ja gezegd.', KEEP_TRAINING],
    [2, 'Je hebt op 2 vragen ja gezegd.', SEE_PHYSIOTHERAPIST],
    // With pain during sex among them, relaxation first (and the bekkenfysiotherapeut) is the advice.
    [10, 'Je hebt op 10 vragen ja gezegd.', PAIN_FIRST],
  ])('%p times "ja": the right advice, the alarm signals on request, and only the date stored', async (yes, count, advice) => {
    const { c, test } = await started();
    // The "ja" answers are spread: the first `yes` odd questions, then the rest.
    const order = [1, 3, 5, 7, 9, 2, 4, 6, 8, 10];
    const answers = QUESTIONS.map((_, i) => (order.indexOf(i + 1) < yes ? 'ja' : 'nee'));
    await answer(c, answers.slice(0, 9), 1);
    await turn(c, answers[9], result(count, advice));

    // Stored: the date of the test, beside the welcome; no answer, no score, no day item.
    const items = await itemsOf(database(), c.who.userId);
    expect([...items.keys()]).toEqual(['PROFILE']);
    expect(items.get('PROFILE')).toEqual({
      pk: `USER#${c.who.userId}`,
      sk: 'ACCOUNT#PROFILE',
      expiresAt: PROFILE_EXPIRES,
      version: 2,
      welcomedOn: '2026-11-23',
      selfTestOn: '2026-11-23',
    });
    // Logged: request types and intents, but nothing while a question was open.
    const answered = test.logs.filter((line) => line.step === 'selfTest');
    expect(answered).toHaveLength(10);
    for (const line of answered)
      expect(line).toEqual({ event: 'request', requestType: 'IntentRequest', intent: undefined, step: 'selfTest' });
    expect(JSON.stringify(test.logs)).not.toMatch(/YesIntent|NoIntent|DontKnow|"yes"|question/);
    await turn(c, 'ja', { A: `${ALARM_SIGNALS} ${CLOSING}`, end: true });
  });
});

describe('during the self-test', () => {
  it('"weet ik niet" counts as "nee", and says so', async () => {
    const { c } = await started();
    await turn(c, 'ja', asked(2));
    await turn(c, 'weet ik niet', asked(3, 'Dan tel ik die als nee. '));
    await turn(c, 'geen idee', asked(4, 'Dan tel ik die als nee. '));
    await answer(c, ['nee', 'nee', 'nee', 'nee', 'nee', 'nee'], 4);
    await turn(c, 'ik weet het niet', result('Dan tel ik die als nee.', 'Je hebt op één vraag ja gezegd.', KEEP_TRAINING));
    await turn(c, 'nee', { A: CLOSING, end: true });
  });

  it('"nee, geen enkele keer" to a question is a "nee", not a number', async () => {
    const { c } = await started();
    await turn(c, 'nee geen enkele keer', asked(2));
    await turn(c, 'ja', asked(3));
  });

  it('"stop" halfway ends without a verdict and stores nothing', async () => {
    const { c } = await started();
    await answer(c, ['ja', 'ja', 'ja'], 1);
    await turn(c, 'stop', {
      A: 'Goed, we stoppen met de zelftest, zonder uitslag. Je antwoorden zijn niet bewaard. Tot de volgende keer!',
      end: true,
    });
    expect(await profileOf(c)).toEqual({
      pk: `USER#${c.who.userId}`,
      sk: 'ACCOUNT#PROFILE',
      expiresAt: PROFILE_EXPIRES,
      version: 1,
      welcomedOn: '2026-11-23',
    });
    // A new session starts the test afresh.
    await c.user('open bekkenbodem coach');
    await turn(c, 'doe de zelftest', asked(1, `${INTRO} `));
  });

  it('repeats the question, explains itself, and re-asks after words it did not understand or a number', async () => {
    const { c } = await started();
    await turn(c, 'nee', asked(2));
    await turn(c, 'herhaal de vraag', asked(2));
    await turn(c, 'wat is het weer', asked(2, 'Dat heb ik niet begrepen. Zeg ja, nee, of weet ik niet. '));
    // A second miss in a row says what can be said here, and offers help.
    await turn(c, 'drie', asked(2, 'Ik begrijp je nog niet. Bij elke vraag zeg je ja, nee, of: weet ik niet. Zeg help voor uitleg. '));
    await turn(c, 'help', asked(2, `${SELF_TEST_HELP} `));
    await turn(c, 'volgende', asked(2));
    // None of that counted as an answer: "ja" answers question 2.
    await turn(c, 'ja', asked(3));
  });

  it('"wat bedoel je" is about the question: how to answer, the same question again, and "nee" then answers it', async () => {
    const { c } = await started();
    await answer(c, ['ja', 'nee'], 1);
    await turn(c, 'wat bedoel je', asked(3, `${SELF_TEST_HELP} `));
    await turn(c, 'nee', asked(4));
  });

  it('answers an intent the model does not know by asking the question again', async () => {
    const { c } = await started();
    await turn(c, 'nee', asked(2));
    const reply = await c.intent('MakeCoffeeIntent');
    expect([reply.text, reply.reprompt, reply.end]).toEqual([
      `Dat heb ik niet begrepen. Zeg ja, nee, of weet ik niet. ${QUESTIONS[1]}`,
      `${HINT} ${QUESTIONS[1]}`,
      false,
    ]);
    await turn(c, 'ja', asked(3));
  });

  it('"begin opnieuw" starts the test over, forgetting the answers so far', async () => {
    const { c } = await started();
    await answer(c, ['ja', 'ja', 'ja'], 1);
    await turn(c, 'begin opnieuw', asked(1, `${INTRO} `));
    await answer(c, Array(9).fill('nee'), 1);
    const result = await c.user('nee');
    expect(result.text.startsWith('Je hebt op geen enkele vraag ja gezegd.')).toBe(true);
  });

  it('pauses, and "ga door" asks the open question again', async () => {
    const { c } = await started();
    await turn(c, 'wacht even', {
      A: 'Goed, even pauze. Zeg verder als je weer kunt, dan stel ik deze vraag opnieuw. Zullen we verdergaan?',
      R: 'Zeg verder om door te gaan, of stop. Gaan we verder?',
      end: false,
    });
    await turn(c, 'help', {
      A: 'We zijn bezig met de zelftest. Zeg verder voor de volgende vraag, of zeg stop. Gaan we verder?',
      R: 'Zullen we verdergaan met de zelftest?',
      end: false,
    });
    await turn(c, 'ga door', asked(1));
  });

  it('says "nee" to going on after a pause: stops without a verdict', async () => {
    const { c } = await started();
    await c.user('wacht even');
    await turn(c, 'nee', {
      A: 'Goed, we stoppen met de zelftest, zonder uitslag. Je antwoorden zijn niet bewaard. Tot de volgende keer!',
      end: true,
    });
  });

  it('"doe de zelftest" while a question is open asks it again', async () => {
    const { c } = await started();
    await turn(c, 'ja', asked(2));
    await turn(c, 'doe de zelftest', asked(2, 'We zijn al bezig met de zelftest. '));
  });
});

describe('coming back to the self-test in the same session', () => {
  it('offers to continue where it was, with the answers so far', async () => {
    const { c } = await started();
    await answer(c, ['ja', 'nee', 'nee'], 1);
    // A question in passing is answered, and the open question comes back...
    await turn(c, 'hoeveel moet ik drinken', asked(4, 'Drink anderhalf tot twee liter per dag, verspreid over de dag. '));
    // ...while a list of tips leaves the self-test.
    expect((await c.user('tips voor de wc')).text).toMatch(/^Tips voor op de wc\./);
    await turn(c, 'doe de zelftest', {
      A: 'Je was al bezig met de zelftest, bij vraag 4. Zullen we daar verdergaan?',
      R: 'Zeg ja om verder te gaan bij vraag 4, of nee om opnieuw te beginnen. Gaan we verder?',
      end: false,
    });
    await turn(c, 'help', {
      A: 'Je was al bezig met de zelftest. Zeg ja om verder te gaan waar je was, of nee om opnieuw te beginnen. Gaan we verder?',
      R: 'Zullen we verdergaan waar je was?',
      end: false,
    });
    await turn(c, 'ja', asked(4));
    // One "ja" before the detour and one after: two in all.
    await answer(c, ['ja', 'nee', 'nee', 'nee', 'nee', 'nee'], 4);
    await turn(c, 'nee', result('Je hebt op 2 vragen ja gezegd.', SEE_PHYSIOTHERAPIST));
  });

  it('starts afresh on "nee" to the offer', async () => {
    const { c } = await started();
    await answer(c, ['ja', 'ja'], 1);
    await c.user('tips voor de wc');
    await c.user('doe de zelftest');
    await turn(c, 'nee', asked(1, `${INTRO} `));
    // The earlier "ja" answers are gone: nine "nee" and one "ja" make one.
    await answer(c, ['ja', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee'], 1);
    const result = await c.user('nee');
    expect(result.text.startsWith('Je hebt op één vraag ja gezegd.')).toBe(true);
  });

  it('forgets the progress when the session ends', async () => {
    const { c } = await started();
    await answer(c, ['ja', 'ja'], 1);
    await c.user('open bekkenbodem coach');
    await turn(c, 'doe de zelftest', asked(1, `${INTRO} `));
  });

  it('is not what follows the answer on childbirth: a gentle start is (issue 19)', async () => {
    const c = new Conversation(testSkill(database().store).skill, `amzn1.ask.account.self-test-${++users}`);
    await c.user('open bekkenbodem coach');
    expect((await c.user('trainen na de bevalling')).text).toMatch(/Zullen we rustig beginnen, met een oefening in loslaten\?$/);
    expect((await c.user('ja')).text).toMatch(/^Ga gemakkelijk zitten of liggen/);
  });
});

describe('a one-shot self-test', () => {
  it('says the disclaimer once for a new user, then the privacy note and the first question', async () => {
    const c = new Conversation(testSkill(database().store).skill, `amzn1.ask.account.self-test-${++users}`);
    await turn(
      c,
      'vraag bekkenbodem coach om de zelftest te doen',
      asked(1, `Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut. ${INTRO} `),
    );
    await turn(c, 'vraag bekkenbodem coach om de zelftest te doen', asked(1, `${INTRO} `));
  });
});
