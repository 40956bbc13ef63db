import type { UserProfile } from '../../lambda/persistence/userData';
import { Conversation } from '../helpers/conversation';
import { itemsOf, useDatabase } from '../helpers/database';
import { testSkill } from '../helpers/skill';
import { afterLastPause, turn } from '../helpers/transcript';

/**
 * Issue 19: when training does not go to plan. Pain, "nul" and "ik voel niks", pregnancy and
 * an operation, technique remarks, a yes or no with more words, "niet nu", in the states where
 * they happen; what is stored is checked on the real DynamoDB Local.
 */
const database = useDatabase();

/** 09:00 in Amsterdam, `days` after Monday 23 November 2026, plus `hours`. */
const at = (days: number, hours = 0) => new Date(Date.parse('2026-11-23T08:00:00Z') + days * 86_400_000 + hours * 3_600_000);
const date = (days: number) => at(days).toISOString().slice(0, 10);

let users = 0;
function newUser(now = at(0)) {
  const skill = testSkill(database().store, { now });
  users += 1;
  return { skill, c: new Conversation(skill.skill, `amzn1.ask.account.care-${users}`) };
}

/** A user who set a startblok of 7 s x 12 and heard the welcome. */
async function withStartblok(now = at(0)) {
  const user = newUser(now);
  await user.c.user('vraag bekkenbodem coach om mijn startblok op zeven seconden twaalf keer te zetten');
  await user.c.user('stop');
  return user;
}

/** Stored training history, as if the user had trained for weeks. */
async function seed(c: Conversation, change: (p: UserProfile) => UserProfile) {
  const user = { userId: c.who.userId };
  const { profile } = await database().store.load(user, date(0));
  await database().store.updateProfile(user, profile, change);
}

const stored = async (c: Conversation) => itemsOf(database(), c.who.userId);

const IF_IT_RETURNS =
  'Komt de pijn terug als je oefent, laat dan een bekkenfysiotherapeut met je meekijken. Is hij hevig, of gaat hij niet over, bel dan je huisarts.';
const PAIN = `Stop dan meteen, en laat alles los. Bij deze oefeningen hoort geen pijn. ${IF_IT_RETURNS}`;
/** Pain said while nothing is being squeezed: no call to stop and let go. */
const PAIN_NOT_SQUEEZING = `Bij bekkenbodemoefeningen hoort geen pijn. ${IF_IT_RETURNS}`;
const OFFER_RELAXATION = 'Zullen we een rustige ademoefening doen, zonder aan te spannen?';
const OFFER_RELAXATION_R = 'Zeg ja voor de ontspanningsoefening, of nee als je liever ophoudt. Wil je ontspannen?';
const CANT_FEEL =
  'Dat is heel gewoon: veel mensen voelen hun bekkenbodem in het begin nauwelijks, en de meesten leren het na een tijdje. ' +
  'Zo vind je je bekkenbodem: doe alsof je tegelijk je plas en een windje ophoudt. Je voelt dan iets naar binnen en omhoog trekken, terwijl je billen, buik en benen los blijven. ' +
  'Voel je na een paar keer proberen nog niets, laat dan een bekkenfysiotherapeut meekijken. Die kan je helpen de goede spieren te vinden.';
/** Outside the measurement: when feeling nothing is an alarm signal instead. */
const SUDDEN_NUMB =
  'Voel je ineens helemaal niets meer van onderen of in je benen, of loopt je plas of ontlasting weg zonder dat je het merkt, bel dan meteen je huisarts.';
const TRY_AGAIN = 'Een startblok sla ik nu nog niet op. Zullen we het samen nog een keer proberen?';
const TRY_AGAIN_R = 'Zeg ja, dan proberen we het rustig nog een keer. Of zeg nee als je het later wilt doen. Zullen we het proberen?';
const NEEDS_STARTBLOK =
  'Voor de training heb ik eerst je startblok nodig: hoe lang en hoe vaak je kunt aanspannen. Zullen we dat samen bepalen?';
const NEEDS_STARTBLOK_R = 'Zeg ja, dan bepalen we je startblok samen. Of zeg: mijn startblok is vier seconden zes keer. Wat wil je?';
const TRAINING_OFFER = 'Zullen we je startblok doen, 7 seconden, 12 keer?';
const TRAINING_OFFER_R = 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?';
/** After pregnancy, a birth or an operation: when to call the huisarts, in case an alarm signal came with the context. */
const SAFETY_NET = 'Verlies je bloed, krijg je koorts, of heb je pijn die niet overgaat, bel dan meteen je huisarts.';
const SAFETY_NET_PREGNANCY =
  'Verlies je bloed, krijg je koorts, of heb je pijn die niet overgaat, bel dan meteen je verloskundige of je huisarts.';
/** Some blood loss is normal after a birth: "ineens veel" is the signal. */
const SAFETY_NET_AFTER_BIRTH =
  'Verlies je ineens veel bloed, krijg je koorts, of heb je pijn die niet overgaat, bel dan meteen je verloskundige of je huisarts.';
const Q2 = "Vraag 2. Krijg je weleens plotseling zo'n plasdrang dat je die moeilijk kunt uitstellen?";

describe('pain, understood in every state', () => {
  it('mid-set: stop, let go, no "shall we go on", a calm breathing exercise instead; the repetitions done still count', async () => {
    const { c } = await withStartblok();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    expect(afterLastPause(await c.user('klaar'))).toBe('Even een adempauze. Gaan we door?');
    await turn(c, 'het doet pijn', { A: `${PAIN} ${OFFER_RELAXATION}`, R: OFFER_RELAXATION_R, end: false });
    expect((await c.user('ja')).text).toMatch(/^Ga gemakkelijk zitten of liggen, en leg een hand op je buik\./);
    expect((await stored(c)).get(`DAY#${date(0)}`)).toMatchObject({ sessions: 0, repetitions: 6 });
  });

  it('while getting into position, nothing is squeezed yet: no call to let go, and the calm breathing is offered', async () => {
    const { c } = await withStartblok();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await turn(c, 'het doet pijn', { A: `${PAIN_NOT_SQUEEZING} ${OFFER_RELAXATION}`, R: OFFER_RELAXATION_R, end: false });
  });

  it('"nee" to the calm breathing offer is a kind goodbye, not a call to train', async () => {
    const { c } = await withStartblok();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('klaar');
    await c.user('het doet pijn');
    await turn(c, 'nee', { A: 'Goed. Doe het rustig aan, en tot een volgende keer.', end: true });
  });

  it('mid-measurement: the same, and no startblok is stored', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('klaar');
    expect(afterLastPause(await c.user('klaar'))).toBe('Adem in, en laat helemaal los. Tot hoeveel kon je vasthouden?');
    await turn(c, 'stop het doet pijn', { A: `${PAIN} ${OFFER_RELAXATION}`, R: OFFER_RELAXATION_R, end: false });
    expect((await stored(c)).get('PROFILE')?.startblok).toBeUndefined();
  });

  it('mid-self-test: the advice, then the open question again; pain during sex answers question 7 with "ja"', async () => {
    const { c } = newUser();
    await c.user('vraag bekkenbodem coach om de zelftest te doen');
    await c.user('nee');
    await turn(c, 'het doet pijn', { A: `${PAIN_NOT_SQUEEZING} ${Q2}`, R: `Zeg ja, nee, of weet ik niet. ${Q2}`, end: false });
    for (const answer of ['nee', 'nee', 'nee', 'nee', 'nee']) await c.user(answer);
    await turn(c, 'ik heb pijn bij het vrijen', {
      A: 'Vraag 8. Heb je al lange tijd pijn onder in je rug of in je bekken?',
      R: 'Zeg ja, nee, of weet ik niet. Vraag 8. Heb je al lange tijd pijn onder in je rug of in je bekken?',
      end: false,
    });
    await c.user('nee');
    await c.user('nee');
    expect((await c.user('nee')).text).toMatch(/^Je hebt op één vraag ja gezegd\. Pijn bij het vrijen/);
  });

  it('pain during sex, asked outside an exercise: relaxation first, and a bekkenfysiotherapeut', async () => {
    const { c } = await withStartblok();
    await turn(c, 'vraag bekkenbodem coach ik heb pijn bij het vrijen', {
      A:
        'Pijn bij het vrijen, of pijn in je bekken die lang blijft, kan komen doordat je bekkenbodem te gespannen is. Dan helpt eerst leren loslaten, niet harder knijpen. ' +
        `Een bekkenfysiotherapeut kan kijken wat er speelt, en je daarbij helpen. ${OFFER_RELAXATION}`,
      R: OFFER_RELAXATION_R,
      end: false,
    });
  });
});

describe('"nul" and "ik voel niks" at the measurement', () => {
  it.each(['nul', 'ik voel niks'])(
    '"%s": reassurance, the muscle-finding tip, a bekkenfysiotherapeut, no startblok made up',
    async (answer) => {
      const { c } = newUser();
      await c.user('open bekkenbodem coach');
      await c.user('ja');
      await c.user('klaar');
      await c.user('klaar');
      await turn(c, answer, { A: `${CANT_FEEL} ${TRY_AGAIN}`, R: TRY_AGAIN_R, end: false });
      // Trying again with nothing measured yet: the taught first squeeze from its first step.
      expect((await c.user('ja')).text).toBe(
        'Eerst zoeken we samen de goede spieren. Ga zitten, met je voeten en knieën een beetje uit elkaar, en zeg klaar als je zit. Ben je zover?',
      );
      const profile = (await stored(c)).get('PROFILE');
      expect([profile?.startblok, profile?.startblokHistory]).toEqual([undefined, undefined]);
    },
  );

  it('"ik voel niks" right after "nul": a short word and the huisarts line, not the same paragraph again', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('klaar');
    await c.user('klaar');
    await turn(c, 'nul', { A: `${CANT_FEEL} ${TRY_AGAIN}`, R: TRY_AGAIN_R, end: false });
    await turn(c, 'ik voel niks', {
      A:
        'Dat geeft niks. Het voelen komt bij veel mensen pas na een paar keer proberen, dus je hoeft het nu niet te forceren. ' +
        `${SUDDEN_NUMB} Zullen we het samen nog een keer proberen?`,
      R: TRY_AGAIN_R,
      end: false,
    });
    await turn(c, 'nee', {
      A: 'Goed, dan doen we dat een andere keer. Heb je al een startblok, bijvoorbeeld van je bekkenfysiotherapeut? Zeg dan: mijn startblok is vier seconden zes keer. Wat wil je doen?',
      R: 'Wat wil je doen?',
      end: false,
    });
  });

  it('"ik voel niks" in the next try gets the short word too, not the paragraph again', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('klaar');
    await c.user('ik voel niks');
    await c.user('ja');
    await c.user('klaar');
    await turn(c, 'ik voel niks', {
      A:
        'Dat geeft niks. Het voelen komt bij veel mensen pas na een paar keer proberen, dus je hoeft het nu niet te forceren. ' +
        `${SUDDEN_NUMB} Zullen we het samen nog een keer proberen?`,
      R: TRY_AGAIN_R,
      end: false,
    });
  });

  it('a third "ik voel niks" rests it for today, with the bekkenfysiotherapeut, instead of the same offer again', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('klaar');
    await c.user('klaar');
    await c.user('nul');
    await c.user('ik voel niks');
    await turn(c, 'ik voel echt helemaal niks', {
      A: 'Dan laten we het voor vandaag rusten, want forceren helpt niet. Probeer het een andere dag rustig opnieuw. Blijft het lastig, laat dan een bekkenfysiotherapeut met je meekijken. Wat wil je nu doen?',
      R: 'Wat wil je doen?',
      end: false,
    });
  });

  it('"nul" at a new measurement of someone with a startblok: a tired day happens, and the startblok stays', async () => {
    const { c } = await withStartblok();
    await c.user('vraag bekkenbodem coach om mijn startblok te bepalen');
    await c.user('klaar');
    await turn(c, 'nul', {
      A: 'Dat kan gebeuren: op een vermoeide dag, of na een tijdje niet oefenen, voel je hem soms minder goed. Je startblok blijft gewoon 7 seconden, 12 keer. Zullen we het samen nog een keer proberen?',
      R: TRY_AGAIN_R,
      end: false,
    });
    expect((await stored(c)).get('PROFILE')?.startblok).toMatchObject({ holdSeconds: 7, repetitions: 12 });
  });

  it('"welke spier moet ik aanspannen" at the first offer gets the answer, not the measurement', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'welke spier moet ik dan aanspannen', {
      A: `${CANT_FEEL} ${SUDDEN_NUMB} Zullen we je startblok bepalen?`,
      R: 'Zeg ja, dan bepalen we samen je startblok. Of zeg: mijn startblok is vier seconden zes keer. Wat wil je?',
      end: false,
    });
  });
});

describe('life situations', () => {
  it('pregnancy at the first launch: training is fine and useful, what to take care of, then the offer', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'ik ben zwanger mag ik dit doen', {
      A:
        'Bekkenbodemtraining mag tijdens je zwangerschap, en het is zelfs slim: het verkleint de kans dat je later urine verliest. ' +
        'Let er wel op dat je blijft ademen, nooit perst, en na elke keer helemaal loslaat. Twijfel je of het bij jou kan, vraag het dan aan een bekkenfysiotherapeut. ' +
        `${SAFETY_NET_PREGNANCY} ${NEEDS_STARTBLOK}`,
      R: NEEDS_STARTBLOK_R,
      end: false,
    });
  });

  it('after prostate surgery at launch: early guidance, how to find the muscle, then the offer; never the huisarts', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'ik ben drie maanden geleden aan mijn prostaat geopereerd en de uroloog zei dat ik die oefeningen moet doen', {
      A:
        'Na een operatie aan je prostaat of in je bekken komen klachten zoals lekken veel voor, en bekkenbodemtraining helpt bij het herstel. ' +
        'Zoek er vroeg begeleiding bij: een bekkenfysiotherapeut kan met je meekijken. En hou je aan wat je arts zegt over wanneer je mag beginnen. ' +
        'Zo vind je je bekkenbodem: doe alsof je tegelijk je plas en een windje ophoudt. Je voelt dan iets naar binnen en omhoog trekken, terwijl je billen, buik en benen los blijven. ' +
        `${SAFETY_NET} ` +
        NEEDS_STARTBLOK,
      R: NEEDS_STARTBLOK_R,
      end: false,
    });
  });

  it("pregnant: the day's rotation skips lying on the back, and nothing of it is stored", async () => {
    const { c } = await withStartblok();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('klaar');
    await c.user('ja');
    await c.user('ja');
    await c.user('nee');
    await c.user('open bekkenbodem coach');
    await c.user('ik ben zwanger');
    // The second training of the day would be lying on the back; pregnant, it is standing.
    const ready = await c.user('start mijn training');
    expect(ready.text).toMatch(/^Daar gaan we weer: 7 seconden, 12 keer\. Deze keer staand/);
    expect(JSON.stringify([...(await stored(c)).values()])).not.toMatch(/zwanger|pregnan/i);
  });

  it('"kan het ook zittend" while getting ready on the back: the sitting setup, and the set waits for "klaar"', async () => {
    const { c } = await withStartblok();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('klaar');
    await c.user('ja');
    await c.user('ja');
    await c.user('nee');
    expect((await c.user('vraag bekkenbodem coach om mijn training te starten')).text).toMatch(/Deze keer liggend/);
    await turn(c, 'kan het ook zittend', {
      A: 'Daar gaan we weer: 7 seconden, 12 keer. Deze keer zittend, met je ellebogen op je knieën. Zeg klaar als je goed zit. Ben je zover?',
      R: 'Zeg klaar als je goed zit, dan beginnen we. Zit je goed?',
      end: false,
    });
    expect((await c.user('ik zit')).text).toMatch(/^Mooi, we beginnen\./);
  });

  it('after a birth: a gentle start with letting go, never a maximal squeeze first', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'ik ben vijf maanden geleden bevallen', {
      A:
        'Na een bevalling begin je rustig: licht aanspannen, goed loslaten, en langzaam opbouwen. Het is nooit te laat om te beginnen. ' +
        'Heb je na zes tot acht weken nog klachten, ga dan naar een bekkenfysiotherapeut: het is niet normaal als ze blijven. ' +
        `${SAFETY_NET_AFTER_BIRTH} Zullen we rustig beginnen, met een oefening in loslaten?`,
      R: 'Zeg ja voor een rustige ademoefening zonder kracht, of nee als je iets anders wilt. Zullen we beginnen?',
      end: false,
    });
    expect((await c.user('ja')).text).toMatch(/^Ga gemakkelijk zitten of liggen/);
  });

  it('after a birth, said during the first measurement: the gentle start instead of the maximal squeeze', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('klaar');
    const answer = await c.user('ik ben drie weken geleden bevallen');
    expect(answer.text).toMatch(/^Na een bevalling begin je rustig: .* Zullen we rustig beginnen, met een oefening in loslaten\?$/);
    expect((await c.user('ja')).text).toMatch(/^Ga gemakkelijk zitten of liggen/);
    expect((await stored(c)).get('PROFILE')?.startblok).toBeUndefined();
  });

  it('"ja, sinds de operatie wel" answers the self-test question, never the alarm', async () => {
    const { c } = newUser();
    await c.user('vraag bekkenbodem coach om de zelftest te doen');
    await turn(c, 'ja sinds de operatie wel', { A: Q2, R: `Zeg ja, nee, of weet ik niet. ${Q2}`, end: false });
  });
});

describe('technique questions', () => {
  it.each([
    [
      'mijn billen doen mee',
      'Probeer je billen, buik en benen los te laten: alleen je bekkenbodem werkt. Span wat minder hard aan, dan lukt dat vaak beter. ' +
        'Leg gerust een hand op je bil om te voelen of die ontspannen blijft.',
    ],
    // A question that names no issue (most of the intent's samples): the whole technique.
    [
      'moet ik persen als ik aanspan',
      'Nooit persen: je trekt naar binnen en omhoog, terwijl je billen, buik en benen los blijven. ' +
        'Span aan als je uitademt, en laat los als je inademt: je blijft dus gewoon doorademen. En oefen nooit terwijl je plast.',
    ],
  ])('"%s" mid-set: the tip, and the set goes on', async (said, tip) => {
    const { c } = await withStartblok();
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await c.user('klaar');
    await turn(c, said, {
      A: `${tip} Gaan we verder?`,
      R: 'We zijn bezig met je training. Als je uitademt span je aan, als je inademt laat je los, en ik tel de keren. Zeg ja om door te gaan, of zeg stop. Gaan we door?',
      end: false,
    });
    expect((await c.user('ja')).text).toMatch(/^Zeven\. Adem uit, en span stevig aan\./);
  });

  it('"mag ik oefenen tijdens het plassen": no', async () => {
    const { c } = await withStartblok();
    await turn(c, 'vraag bekkenbodem coach mag ik oefenen tijdens het plassen', {
      A:
        'Nee, oefen niet terwijl je plast: je blaas moet dan juist rustig helemaal leeg kunnen lopen. Oefen liever op een ander moment, bijvoorbeeld vlak na een wc-bezoek. ' +
        TRAINING_OFFER,
      R: TRAINING_OFFER_R,
      end: false,
    });
  });

  it('"ik hou mijn adem in": breathe on', async () => {
    const { c } = await withStartblok();
    expect((await c.user('vraag bekkenbodem coach ik hou mijn adem in')).text).toMatch(
      /^Blijf gewoon doorademen\. Adem uit als je begint met aanspannen, adem rustig door terwijl je vasthoudt, en laat los als je inademt\./,
    );
  });
});

describe('a yes or a no with more words, and "niet nu"', () => {
  it('"nee, ik wil oefenen" at the offer starts the training', async () => {
    const { c } = await withStartblok();
    await turn(c, 'open bekkenbodem coach', { A: `Fijn dat je er weer bent. ${TRAINING_OFFER}`, R: TRAINING_OFFER_R, end: false });
    expect(afterLastPause(await c.user('nee, ik wil oefenen'))).toMatch(/Zeg klaar als je goed zit\. Ben je zover\?$/);
  });

  it('"ja, maar staand graag" starts it standing', async () => {
    const { c } = await withStartblok();
    await c.user('open bekkenbodem coach');
    expect(afterLastPause(await c.user('ja, maar staand graag'))).toMatch(/Zeg klaar als je goed staat\. Ben je zover\?$/);
  });

  it('"nee" at the very first offer does not ask a newcomer for a startblok', async () => {
    const { c } = newUser();
    await c.user('open bekkenbodem coach');
    await turn(c, 'nee', {
      A: 'Goed, dan doen we dat een andere keer. Heb je al een startblok, bijvoorbeeld van je bekkenfysiotherapeut? Zeg dan: mijn startblok is vier seconden zes keer. Wat wil je doen?',
      R: 'Wat wil je doen?',
      end: false,
    });
  });

  it('"nu even niet" at an offer ends kindly, with a hint for next time', async () => {
    const { c } = await withStartblok();
    await c.user('open bekkenbodem coach');
    await turn(c, 'nee, nu even niet, ik ga koffie zetten. doei', {
      A: 'Goed, dan doen we het later. Zeg straks gewoon: Alexa, open bekkenbodem coach. Tot dan!',
      end: true,
    });
  });
});

/** The first set of the startblok (7 s x 12) played, then the session closed: six repetitions done. */
async function stoppedMidSet(): Promise<ReturnType<typeof newUser>> {
  const user = await withStartblok();
  await user.c.user('open bekkenbodem coach');
  await user.c.user('ja');
  await user.c.user('klaar');
  await user.c.sessionEnded();
  return user;
}

describe('resumption instead of promises', () => {
  it('a session closed while lying down is offered again on the next launch that day', async () => {
    const { c, skill } = await withStartblok();
    await c.user('open bekkenbodem coach');
    expect((await c.user('ik wil liggend oefenen')).text).toMatch(
      /We oefenen liggend: ga op je rug liggen, en leg het ene been over het andere\. Zeg klaar als je goed ligt\. Duurt het wat langer, open me dan straks opnieuw, dan gaan we verder\. Ben je zover\?$/,
    );
    await c.sessionEnded();
    skill.setNow(at(0, 0.1));
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Je wilde net beginnen met je startblok. Zullen we alsnog beginnen?',
      R: 'Zeg ja om verder te gaan waar je was, of nee voor iets anders. Gaan we verder?',
      end: false,
    });
    await turn(c, 'ja', {
      A: 'Daar gaan we weer: 7 seconden, 12 keer. Deze keer liggend, op je rug, met het ene been over het andere. Zeg klaar als je goed ligt. Duurt het wat langer, open me dan straks opnieuw, dan gaan we verder. Ben je zover?',
      R: 'Zeg klaar als je goed ligt, dan beginnen we. Lig je goed?',
      end: false,
    });
    expect((await c.user('ik lig')).text).toMatch(/^Mooi, we beginnen\. Denk eraan: je trekt naar binnen en omhoog\. Één\./);
  });

  it('mid-set: "Je was bij de tweede ronde", resumed at that round; the set counts once, no repetition twice', async () => {
    const { c, skill } = await stoppedMidSet();
    expect((await stored(c)).get('PROFILE')?.resumePoint).toEqual({
      request: { programme: 'startblokTraining', holdSeconds: 7, repetitions: 12, position: 'zittend', tip: 0 },
      setIndex: 0,
      segmentIndex: 1,
      repetitionsDone: 6,
      on: date(0),
    });
    skill.setNow(at(0, 2));
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Je was bij de tweede ronde van je startblok. Zullen we daar verdergaan?',
      R: 'Zeg ja om verder te gaan waar je was, of nee voor iets anders. Gaan we verder?',
      end: false,
    });
    await c.user('ja');
    expect((await c.user('klaar')).text).toMatch(
      /^Zeven\. Adem uit, en span stevig aan\..*Mooi, je startblok zit erop\. Nu de snelle kneepjes\?$/,
    );
    expect(afterLastPause(await c.user('ja'))).toBe(
      'Goed gedaan! Dat was je eerste training van vandaag. Het advies is 4 tot 6 keer per dag. Tot straks!',
    );
    const items = await stored(c);
    expect(items.get(`DAY#${date(0)}`)).toMatchObject({ sessions: 1, repetitions: 12, quickSets: 1 });
    expect(items.get('PROFILE')).toMatchObject({ lastTrainedOn: date(0), trainingDays: 1 });
    expect(items.get('PROFILE')?.resumePoint).toBeUndefined();
  });

  it('a remark on the resume offer is answered, and the offer stays: "ja" still goes on at the second round', async () => {
    const { c, skill } = await stoppedMidSet();
    skill.setNow(at(0, 2));
    await c.user('open bekkenbodem coach');
    await turn(c, 'ik ben zwanger', {
      A:
        'Bekkenbodemtraining mag tijdens je zwangerschap, en het is zelfs slim: het verkleint de kans dat je later urine verliest. ' +
        'Let er wel op dat je blijft ademen, nooit perst, en na elke keer helemaal loslaat. Twijfel je of het bij jou kan, vraag het dan aan een bekkenfysiotherapeut. ' +
        `${SAFETY_NET_PREGNANCY} Zullen we daar verdergaan?`,
      R: 'Je oefening stopte eerder vandaag halverwege. Zeg ja om verder te gaan waar je was, of nee om iets anders te doen. Gaan we verder?',
      end: false,
    });
    await c.user('ja');
    expect((await c.user('klaar')).text).toMatch(/^Zeven\. Adem uit, en span stevig aan\./);
  });

  it('"stop" while getting ready to go on keeps the place again', async () => {
    const { c, skill } = await stoppedMidSet();
    skill.setNow(at(0, 2));
    await c.user('open bekkenbodem coach');
    await c.user('ja');
    await turn(c, 'stop', {
      A: 'Prima, we stoppen. Je hebt er al 6 gedaan, en dat telt ook. Open je me vandaag nog een keer, dan kun je verdergaan waar je was. Tot straks!',
      end: true,
    });
    expect((await stored(c)).get('PROFILE')?.resumePoint).toMatchObject({ segmentIndex: 1, repetitionsDone: 6 });
    expect((await stored(c)).get(`DAY#${date(0)}`)).toMatchObject({ repetitions: 6 });
  });

  it('is not offered the next day', async () => {
    const { c, skill } = await stoppedMidSet();
    skill.setNow(at(1));
    await turn(c, 'open bekkenbodem coach', { A: `Fijn dat je er weer bent. ${TRAINING_OFFER}`, R: TRAINING_OFFER_R, end: false });
    expect((await stored(c)).get('PROFILE')?.resumePoint).toBeUndefined();
  });
});

describe('praise that is earned, and the check-in', () => {
  it('after eight weeks without training: an honest welcome back, no "goed bezig", and a new measurement to start where it is, not to see growth', async () => {
    const { c, skill } = await withStartblok();
    await seed(c, (p) => ({ ...p, lastTrainedOn: date(4), trainingDays: 4 }));
    skill.setNow(at(60));
    await turn(c, 'open bekkenbodem coach', {
      A: "Het is alweer 8 weken geleden dat je oefende. Fijn dat je er weer bent: we pakken het rustig op. Na zo'n pauze is het slim om eerst opnieuw te kijken hoe lang en hoe vaak je kunt aanspannen. Zullen we je startblok opnieuw bepalen?",
      R: 'Zeg ja, dan bepalen we je startblok opnieuw, of nee om gewoon te oefenen. Zullen we meten?',
      end: false,
    });
  });

  it('week six: "Merk je al verschil?"; on "nee" a bekkenfysiotherapeut; the answer is not stored, the date is', async () => {
    const { c, skill } = await withStartblok();
    await seed(c, (p) => ({ ...p, lastTrainedOn: date(41), trainingDays: 30, encouragedOn: date(40), progressionOfferedOn: date(40) }));
    skill.setNow(at(42));
    await turn(c, 'open bekkenbodem coach', {
      A: 'Fijn dat je er weer bent. Je bent nu 6 weken aan het oefenen. Merk je al verschil?',
      R: 'Zeg ja als je al verschil merkt, of nee als je nog niets merkt. Merk je verschil?',
      end: false,
    });
    await turn(c, 'nee, ik merk nog geen verschil', {
      A:
        'Dat kan, soms duurt het langer. Toch is het slim om nu een bekkenfysiotherapeut te laten meekijken: die kan zien of je de goede spieren gebruikt, en je gericht helpen. ' +
        `Oefen intussen gewoon door. ${TRAINING_OFFER}`,
      R: TRAINING_OFFER_R,
      end: false,
    });
    const profile = (await stored(c)).get('PROFILE');
    expect(profile).toMatchObject({ checkInAskedOn: date(42), trainingDays: 30 });
    expect(Object.keys(profile ?? {}).sort()).toEqual(
      [
        'checkInAskedOn',
        'encouragedOn',
        // The profile's expiry, refreshed on use (lambda/persistence/table.ts).
        'expiresAt',
        'lastTrainedOn',
        'pk',
        'progressionOfferedOn',
        'sk',
        'startblok',
        'startblokHistory',
        'trainingDays',
        'version',
        'welcomedOn',
      ].sort(),
    );
    skill.setNow(at(43));
    await turn(c, 'open bekkenbodem coach', { A: `Fijn dat je er weer bent. ${TRAINING_OFFER}`, R: TRAINING_OFFER_R, end: false });
  });

  it('after six months of training: first whether the complaints are gone, then maintenance', async () => {
    const { c, skill } = await withStartblok();
    await seed(c, (p) => ({ ...p, lastTrainedOn: date(181), trainingDays: 120, encouragedOn: date(180), checkInAskedOn: date(100) }));
    skill.setNow(at(182));
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
  });

  it('after six months with complaints left: a bekkenfysiotherapeut, and training as usual', async () => {
    const { c, skill } = await withStartblok();
    await seed(c, (p) => ({ ...p, lastTrainedOn: date(181), trainingDays: 120, encouragedOn: date(180), checkInAskedOn: date(100) }));
    skill.setNow(at(182));
    await c.user('open bekkenbodem coach');
    await turn(c, 'nee', {
      A: `Dan is het slim om een bekkenfysiotherapeut te laten meekijken. Oefen intussen gewoon door zoals je gewend bent. ${TRAINING_OFFER}`,
      R: TRAINING_OFFER_R,
      end: false,
    });
  });

  it('six months of calendar without the training: no maintenance offer', async () => {
    const { c, skill } = await withStartblok();
    await seed(c, (p) => ({ ...p, lastTrainedOn: date(181), trainingDays: 3, encouragedOn: date(180), progressionOfferedOn: date(180) }));
    skill.setNow(at(182));
    await turn(c, 'open bekkenbodem coach', { A: `Fijn dat je er weer bent. ${TRAINING_OFFER}`, R: TRAINING_OFFER_R, end: false });
  });
});

describe('the self-test with one "ja"', () => {
  it('on pain during sex: relaxation first and a bekkenfysiotherapeut, a short result, the alarm list on request', async () => {
    const { c } = newUser();
    await c.user('vraag bekkenbodem coach om de zelftest te doen');
    for (const answer of ['nee', 'nee', 'nee', 'nee', 'nee', 'nee', 'ja', 'nee', 'nee']) await c.user(answer);
    const result = await turn(c, 'nee', {
      A:
        'Je hebt op één vraag ja gezegd. Pijn bij het vrijen of in je bekken kan komen doordat je bekkenbodem te gespannen is. ' +
        'Leer dan eerst loslaten, met de ontspanningsoefening, en laat een bekkenfysiotherapeut meekijken. ' +
        'Een zelftest is geen diagnose, maar een eerste indruk. Wil je horen bij welke signalen je meteen je huisarts belt?',
      R: 'Zeg ja, dan noem ik ze kort. Of zeg nee. Wil je ze horen?',
      end: false,
    });
    expect(result.text.split(' ').length).toBeLessThan(60);
    await turn(c, 'ja', {
      A:
        'Bel snel je huisarts bij bloed in je plas of ontlasting, bij koorts, of als je ineens je plas of ontlasting niet meer kunt ophouden. ' +
        'Dat geldt ook bij hevige pijn die niet overgaat, bij een bobbel die je van onderen voelt, en als je benen of je kruis ineens doof of krachteloos worden. ' +
        'Je antwoorden zijn niet bewaard. Tot de volgende keer!',
      end: true,
    });
    expect(Object.keys((await stored(c)).get('PROFILE') ?? {}).sort()).toEqual([
      'expiresAt',
      'pk',
      'selfTestOn',
      'sk',
      'version',
      'welcomedOn',
    ]);
  });

  it('on loss of stool: keep training, and see a bekkenfysiotherapeut when it lasts', async () => {
    const { c } = newUser();
    await c.user('vraag bekkenbodem coach om de zelftest te doen');
    for (const answer of ['nee', 'nee', 'nee', 'nee', 'ja', 'nee', 'nee', 'nee', 'nee']) await c.user(answer);
    await turn(c, 'nee', {
      A:
        'Je hebt op één vraag ja gezegd. Blijf lekker trainen, en doe de test later nog eens. ' +
        'Duurt die klacht langer dan een paar weken, komt hij terug, of heb je er last van in je dagelijks leven, ga dan naar een bekkenfysiotherapeut. ' +
        'Een zelftest is geen diagnose, maar een eerste indruk. Wil je horen bij welke signalen je meteen je huisarts belt?',
      R: 'Zeg ja, dan noem ik ze kort. Of zeg nee. Wil je ze horen?',
      end: false,
    });
    await turn(c, 'nee', { A: 'Je antwoorden zijn niet bewaard. Tot de volgende keer!', end: true });
  });
});
