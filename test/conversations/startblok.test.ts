import { itemsOf, useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { timedCues } from '../helpers/cueTiming';
import { testSkill } from '../helpers/skill';
import { startblokRounds, turn } from '../helpers/transcript';

const database = useDatabase();

let users = 0;
function conversation(): Conversation {
  return new Conversation(testSkill(database().store).skill, `amzn1.ask.account.startblok-${++users}`);
}

async function storedStartblok(c: Conversation) {
  const item = (await itemsOf(database(), c.who.userId)).get('PROFILE');
  const startblok = item?.startblok as { holdSeconds: number; repetitions: number } | undefined;
  return { hold: startblok?.holdSeconds, repetitions: startblok?.repetitions };
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
    // Zero is no mistake but nothing felt (issue 19): reassurance and help, never a made-up startblok.
    await turn(c, 'nul seconden', {
      A:
        'Dat is heel gewoon: veel mensen voelen hun bekkenbodem in het begin nauwelijks, en de meesten leren het na een tijdje. ' +
        'Zo vind je hem: doe alsof je tegelijk je plas en een windje ophoudt. Je voelt dan iets naar binnen en omhoog trekken, terwijl je billen, buik en benen los blijven. ' +
        'Voel je na een paar keer proberen nog niets, laat dan een bekkenfysiotherapeut meekijken. Die kan je helpen de goede spieren te vinden. ' +
        'Ik sla nu dus geen startblok op. Zullen we het samen nog een keer proberen?',
      R: 'Zeg ja, dan proberen we het rustig nog een keer. Of zeg nee als je het later wilt doen. Zullen we het proberen?',
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
      A: 'Je startblok is nu 5 seconden, 8 keer. Zullen we hem meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
    expect(await storedStartblok(c)).toEqual({ hold: 5, repetitions: 8 });
  });

  it('asks for the seconds when only the repetitions were said', async () => {
    const c = conversation();
    await c.user('open bekkenbodem coach');
    await turn(c, 'zes keer', {
      A: 'Hoeveel seconden kun je vasthouden?',
      R: 'Zeg een getal van één tot tien. Hoeveel seconden?',
      end: false,
    });
  });

  it('praises a startblok that grew', async () => {
    const c = conversation();
    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden vier keer te zetten');
    await turn(c, 'mijn startblok is vier seconden zes keer', {
      A: 'Knap, je startblok is gegroeid: nu 4 seconden, 6 keer. Zullen we hem meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
  });

  it('works one-shot for someone who never opened the skill, with the disclaimer once', async () => {
    const c = conversation();
    await turn(c, 'vraag bekkenbodem coach om mijn startblok op drie seconden vijf keer te zetten', {
      A:
        'Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut. ' +
        'Je startblok is nu 3 seconden, 5 keer. Zullen we hem meteen doen?',
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
  it('counts a maximal squeeze, asks how long, guides twelve repetitions, asks how many, saves', async () => {
    const c = conversation();
    await c.user('open bekkenbodem coach');
    const measure = await c.user('ja');
    expect(measure.text).toMatch(
      /^Eerst kijken we hoe lang je kunt aanspannen\. .* Ik tel tot tien\. .* \[2 s\] Adem uit, en knijp zo stevig als je kunt\. Vasthouden\. één \[0\.79 s\] twee \[0\.71 s\] .* tien \[0\.71 s\] Adem in, en laat helemaal los\. Tot hoeveel kon je vasthouden\?$/,
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
        'Tel zelf mee hoe vaak het goed lukt. [2 s] ' +
        startblokRounds(4, 4, 1, 6, 12) +
        ' Lukt het nog? Zullen we doorgaan?',
      R: 'Zeg ja om door te gaan, of nee als het niet meer lukt. Gaan we door?',
      end: false,
    });
    await turn(c, 'nee', {
      A: 'Hoe vaak lukte het goed?',
      R: 'Zeg een getal van één tot twaalf. Hoe vaak lukte het?',
      end: false,
    });
    await turn(c, 'zes keer', {
      A: 'Je startblok is nu 4 seconden, 6 keer. Zullen we hem meteen doen?',
      R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
      end: false,
    });
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: 6 });
  });

  it('plays the second round of measuring repetitions on "ja", then asks how many', async () => {
    const c = conversation();
    await c.user('vraag bekkenbodem coach om mijn startblok te bepalen');
    await c.user('vier');
    await turn(c, 'ja', {
      A: startblokRounds(4, 4, 7, 12, 12) + ' Hoe vaak lukte het goed?',
      R: 'Zeg een getal van één tot twaalf. Hoe vaak lukte het?',
      end: false,
    });
    await c.user('negen');
    expect(await storedStartblok(c)).toEqual({ hold: 4, repetitions: 9 });
  });
});
