import { PROFILE_FIELDS } from '../../lambda/persistence/profileShape';
import { DAY_COUNTERS } from '../../lambda/persistence/userData';
import { Conversation } from '../helpers/conversation';
import { useDatabase } from '../helpers/database';
import { skillDisabled } from '../helpers/requests';
import { testSkill } from '../helpers/skill';
import { turn } from '../helpers/transcript';

const database = useDatabase();

/** A deletion marker holds its keys, the deletion time and its expiry: no data (persistence/dynamoUserStore.ts). */
const isMarker = (item: Record<string, unknown>) => Object.keys(item).sort().join() === 'deletedAt,expiresAt,pk,sk';

const pksOf = async (userId: string) =>
  (await database().items())
    .filter((i) => i.pk === `USER#${userId}` && !isMarker(i))
    .map((i) => String(i.sk))
    .sort();

/** An account whose owner trained, and a recognised household member who trained too. */
async function household(userId: string) {
  const test = testSkill(database().store);
  const owner = new Conversation(test.skill, userId);
  await owner.user('vraag bekkenbodem coach om mijn startblok op vier seconden zes keer te zetten');
  await owner.user('ja');
  await owner.user('klaar');
  await owner.user('ja');
  const member = new Conversation(test.skill, userId, 'amzn1.ask.person.member');
  await member.user('vraag bekkenbodem coach om mijn startblok op twee seconden drie keer te zetten');
  await member.user('ja');
  await member.user('klaar');
  return { test, owner, member };
}

describe('deleting data', () => {
  it('"vergeet mij" asks first, then deletes every item of the one asking, and nobody else\'s', async () => {
    const { member, owner } = await household('amzn1.ask.account.forget');
    expect(await pksOf('amzn1.ask.account.forget')).toEqual([
      'ACCOUNT#DAY#2026-11-23',
      'ACCOUNT#PROFILE',
      'PERSON#amzn1.ask.person.member#DAY#2026-11-23',
      'PERSON#amzn1.ask.person.member#PROFILE',
    ]);
    await turn(member, 'vraag bekkenbodem coach vergeet mij', {
      A: 'Dan wis ik alles wat ik van je bewaar: je startblok, je voorkeuren en al je oefendagen. De herinneringen die ik voor je zette, stop ik ook. Dat kan ik niet terugdraaien. Zal ik alles wissen?',
      R: 'Zeg ja om al je gegevens te wissen, of nee om ze te houden. Zal ik alles wissen?',
      end: false,
    });
    // A pause and "verder" is no "ja": the question comes again, and nothing is erased yet.
    await member.user('wacht even');
    await turn(member, 'verder', {
      A: 'Weet je zeker dat ik alles van je moet wissen?',
      R: 'Zeg ja om al je gegevens te wissen, of nee om ze te houden. Zal ik alles wissen?',
      end: false,
    });
    expect(await pksOf('amzn1.ask.account.forget')).toHaveLength(4);
    await turn(member, 'ja', { A: 'Klaar: ik heb al je gegevens gewist. Tot ziens!', end: true });
    expect(await pksOf('amzn1.ask.account.forget')).toEqual(['ACCOUNT#DAY#2026-11-23', 'ACCOUNT#PROFILE']);

    // The owner changes their mind first, then deletes.
    await owner.user('vraag bekkenbodem coach verwijder mijn gegevens');
    await turn(owner, 'nee', {
      A: 'Goed, ik bewaar alles zoals het was. Wat wil je doen?',
      R: 'Goed. Je kunt altijd zeggen: start mijn training, of: help. Wat wil je doen?',
      end: false,
    });
    expect(await pksOf('amzn1.ask.account.forget')).toHaveLength(2);
    await owner.user('wis mijn gegevens');
    await owner.user('ja');
    expect(await pksOf('amzn1.ask.account.forget')).toEqual([]);

    // Starting again is a first visit.
    expect((await owner.user('open bekkenbodem coach')).text).toMatch(/^Welkom bij bekkenbodem coach/);
  });

  it('deletes the whole account, every person in it, when the skill is disabled without persistence', async () => {
    const { test, owner } = await household('amzn1.ask.account.disabled');
    await household('amzn1.ask.account.bystander');
    const kept = await test.skill.invoke(skillDisabled(owner.who, 'PERSISTED'));
    expect(kept.response.outputSpeech).toBeUndefined();
    expect(await pksOf('amzn1.ask.account.disabled')).toHaveLength(4);
    await test.skill.invoke(skillDisabled(owner.who, 'NOT_PERSISTED'));
    expect(await pksOf('amzn1.ask.account.disabled')).toEqual([]);
    expect(await pksOf('amzn1.ask.account.bystander')).toHaveLength(4);
  });
});

describe('"vergeet mij" in the middle of a set', () => {
  it('keeps the repetitions done, and "laat maar" says that nothing changed', async () => {
    const c = new Conversation(testSkill(database().store).skill, 'amzn1.ask.account.forget-mid-set');
    await c.user('vraag bekkenbodem coach om mijn startblok op tien seconden twaalf keer te zetten');
    await c.user('ja');
    await c.user('klaar');
    await c.user('vergeet mij');
    await turn(c, 'laat maar', { A: expect.stringMatching(/^Goed, dan verander ik niets\. /), end: true });
    const day = (await database().items()).find((i) => i.pk === 'USER#amzn1.ask.account.forget-mid-set' && String(i.sk).includes('DAY#'));
    expect(day).toMatchObject({ repetitions: 4 });
  });
});

describe('a household', () => {
  it("keeps a recognised voice apart: a new person starts fresh, and the account's data stays the account's", async () => {
    const { test } = await household('amzn1.ask.account.family');
    const newcomer = new Conversation(test.skill, 'amzn1.ask.account.family', 'amzn1.ask.person.newcomer');
    expect((await newcomer.user('open bekkenbodem coach')).text).toBe(
      'Welkom bij bekkenbodem coach. Ik help je elke dag je bekkenbodem te trainen. Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut. Eerst bepalen we samen je startblok: hoe lang en hoe vaak je kunt aanspannen. Zullen we dat doen?',
    );
    const owner = new Conversation(test.skill, 'amzn1.ask.account.family');
    expect((await owner.user('open bekkenbodem coach')).text).toBe(
      'Fijn dat je er weer bent. Zullen we je startblok doen, 4 seconden, 6 keer?',
    );
    const member = new Conversation(test.skill, 'amzn1.ask.account.family', 'amzn1.ask.person.member');
    expect((await member.user('open bekkenbodem coach')).text).toBe(
      'Fijn dat je er weer bent. Zullen we je startblok doen, 2 seconden, 3 keer?',
    );
  });
});

describe('what is stored', () => {
  it('is only whitelisted: exercise settings, counts, dates and preferences', async () => {
    const { test, owner } = await household('amzn1.ask.account.whitelist');
    for (const said of [
      'vraag bekkenbodem coach om de liftoefening te doen',
      'vraag bekkenbodem coach alleen de kracht',
      'vraag bekkenbodem coach ik heb een gespannen bekkenbodem',
      'vraag bekkenbodem coach doe de zelftest',
      'ja',
      'nee',
      'weet ik niet',
    ]) {
      await owner.user(said);
    }
    const allowed = new Set<string>(['pk', 'sk', 'expiresAt', 'writeIds', 'holdSeconds', ...PROFILE_FIELDS, ...DAY_COUNTERS]);
    const items = (await database().items()).filter((i) => i.pk === 'USER#amzn1.ask.account.whitelist');
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expect(Object.keys(item).filter((key) => !allowed.has(key))).toEqual([]);
    expect(JSON.stringify(items)).not.toMatch(/"(ja|nee)"|answers|score|symptom/i);
    // Logs name request types and intents, never what was said.
    expect(JSON.stringify(test.logs)).not.toMatch(/lift|kracht|gespannen|zelftest|vier seconden/);
  });
});
