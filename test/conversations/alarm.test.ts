import { itemsOf, useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { MONDAY_MORNING, testSkill } from '../helpers/skill';
import { turn } from '../helpers/transcript';

/** A profile is kept 18 months after its last use (lambda/persistence/table.ts). */
const PROFILE_EXPIRES = MONDAY_MORNING.getTime() / 1000 + 548 * 86_400;

const database = useDatabase();

const ADVICE =
  'Wat je noemt kan een alarmsignaal zijn. Neem daarom snel contact op met je huisarts, het liefst vandaag nog. ' +
  'Ben je zwanger of pas bevallen, bel dan meteen je verloskundige.';
const ASK_AGAIN = 'Zal ik het nog een keer zeggen?';
const ASK_AGAIN_R = 'Zeg ja, dan zeg ik het nog een keer. Of zeg nee. Zal ik het herhalen?';
/** The advice, and the only question: whether to say it again. */
const SEE_GP = { A: `${ADVICE} ${ASK_AGAIN}`, R: ASK_AGAIN_R, end: false };

let users = 0;
function conversation(): Conversation {
  return new Conversation(testSkill(database().store).skill, `amzn1.ask.account.alarm-${++users}`);
}

describe('an alarm signal', () => {
  it.each([
    'ik heb bloed in mijn urine',
    'er zit bloed in mijn ontlasting',
    'ik verlies plotseling mijn ontlasting',
    'ik heb ineens geen controle meer over mijn blaas',
    'ik heb koorts en pijn',
    'ik voel een uitstulping',
    'ik heb geen gevoel in mijn benen',
  ])('"%s": contact the GP promptly, no exercise offered, and after it the session closes', async (utterance) => {
    const c = conversation();
    await c.user('open bekkenbodem coach');
    const reply = await turn(c, utterance, SEE_GP);
    expect(reply.text).not.toMatch(/oefen|train|startblok|kantel|zelftest/i);
    await turn(c, 'nee', { A: 'Sterkte, en tot een volgende keer.', end: true });
  });

  it('to someone who said she is pregnant: the midwife first, at once', async () => {
    const c = conversation();
    await c.user('open bekkenbodem coach');
    await c.user('ik ben zwanger');
    await turn(c, 'ik verlies bloed', {
      A: `Wat je noemt kan een alarmsignaal zijn. Je bent zwanger, dus bel meteen je verloskundige, of anders je huisarts. ${ASK_AGAIN}`,
      R: ASK_AGAIN_R,
      end: false,
    });
  });

  it('can be heard once more, for someone hard of hearing, and then closes', async () => {
    const c = conversation();
    await c.user('open bekkenbodem coach');
    await turn(c, 'ik heb bloed in mijn urine', SEE_GP);
    await turn(c, 'ja', { A: `${ADVICE} Sterkte, en tot een volgende keer.`, end: true });
  });

  it('in the middle of a training: the same advice, and the repetitions done still count', async () => {
    const c = conversation();
    await c.user('vraag bekkenbodem coach om mijn startblok op tien seconden twaalf keer te zetten');
    await c.user('ja');
    await c.user('klaar');
    await turn(c, 'ik heb bloed in mijn plas', SEE_GP);
    expect((await itemsOf(database(), c.who.userId)).get('DAY#2026-11-23')).toMatchObject({ sessions: 0, repetitions: 4 });
  });

  it('in the middle of the self-test: the same advice, no verdict, and nothing of the test stored', async () => {
    const c = conversation();
    await c.user('open bekkenbodem coach');
    await c.user('doe de zelftest');
    await c.user('ja');
    await turn(c, 'ik heb hevige pijn', SEE_GP);
    expect((await itemsOf(database(), c.who.userId)).get('PROFILE')).toEqual({
      pk: `USER#${c.who.userId}`,
      sk: 'ACCOUNT#PROFILE',
      expiresAt: PROFILE_EXPIRES,
      version: 1,
      welcomedOn: '2026-11-23',
    });
  });
});
