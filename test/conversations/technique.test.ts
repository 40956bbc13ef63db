import { useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { testSkill } from '../helpers/skill';
import { quickIntro, quickRounds, startblokRounds, turn } from '../helpers/transcript';
import { fixedRandom } from '../../tools/seededRandom';

const database = useDatabase();

const day = (n: number) => new Date(`2026-12-${String(n).padStart(2, '0')}T09:00:00+01:00`);

describe('technique that never disappears', () => {
  it('a daily user on day 30 still hears a point of technique in each set, drawn by the randomness', async () => {
    // Every random number is 0.6: the third tip for the startblok, the fourth for the quick ones.
    const skill = testSkill(database().store, { now: day(1), random: fixedRandom(0.6) });
    const c = new Conversation(skill.skill, 'amzn1.ask.account.technique-day-30');
    await c.user('vraag bekkenbodem coach om mijn startblok op twee seconden twee keer te zetten');
    // Trained on the two days before: the short start, no full setup.
    for (const n of [28, 29]) {
      skill.setNow(day(n));
      await c.user('vraag bekkenbodem coach om mijn training te starten');
      await c.user('klaar');
      await c.user('ja');
    }
    skill.setNow(day(30));
    await turn(c, 'vraag bekkenbodem coach om mijn training te starten', {
      A: 'Daar gaan we weer: 2 seconden, 2 keer. Deze keer zittend, met je ellebogen op je knieën. Zeg klaar als je goed zit. Ben je zover?',
      R: 'Zeg klaar als je goed zit, dan beginnen we. Zit je goed?',
      end: false,
    });
    await turn(c, 'klaar', {
      A:
        'Mooi, we beginnen. Nooit persen: je trekt omhoog, niet naar beneden. ' +
        startblokRounds(2, 3, 1, 2, 2) +
        ' Mooi, je startblok zit erop. Nu de snelle kneepjes?',
      R: 'Zeg ja voor de snelle kneepjes, of stop als je klaar bent. Doen we ze?',
      end: false,
    });
    const quick = await c.user('ja');
    expect(quick.text.startsWith(`${quickIntro(2, 'Blijf de hele tijd gewoon doorademen.')} ${quickRounds(2)}`)).toBe(true);
  });
});
