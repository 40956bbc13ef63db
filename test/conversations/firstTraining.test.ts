import { useDatabase } from '../helpers/database';
import { Conversation } from '../helpers/conversation';
import { holdsAndRests } from '../helpers/cueTiming';
import { countCalls, testSkill } from '../helpers/skill';
import { fullStartblokSetup, quickIntro, quickRounds, READY, SETUP, startblokRounds, turn } from '../helpers/transcript';

const database = useDatabase();

const USER = 'amzn1.ask.account.first-training';

test('first launch, startblok 4 s x 6, the training, quick contractions, and the next session offers it', async () => {
  const calls = countCalls(database().client);
  const c = new Conversation(testSkill(database().store).skill, USER);

  await turn(c, 'open bekkenbodem coach', {
    A:
      'Welkom bij bekkenbodem coach. Ik help je elke dag je bekkenbodem te trainen. ' +
      'Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut. ' +
      'Eerst bepalen we samen je startblok: hoe lang en hoe vaak je kunt aanspannen. Zullen we dat doen?',
    R: 'Zeg ja, dan bepalen we samen je startblok. Of zeg: mijn startblok is vier seconden zes keer. Wat wil je?',
    end: false,
  });

  await turn(c, 'mijn startblok is vier seconden zes keer', {
    A: 'Je startblok is nu 4 seconden, 6 keer. Zullen we het meteen doen?',
    R: 'Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?',
    end: false,
  });

  // The first time: the whole setup, then time to sit down, until "klaar".
  await turn(c, 'ja', {
    A: fullStartblokSetup(4, 6, SETUP.zittend, READY.zittend),
    R: 'Zeg klaar als je goed zit, dan beginnen we. Zit je goed?',
    end: false,
  });

  const training = await turn(c, 'klaar', {
    A:
      'Mooi, we beginnen. Denk eraan: je trekt naar binnen en omhoog. ' +
      startblokRounds(4, 4, 1, 6, 6) +
      ' Mooi, je startblok zit erop. Nu de snelle kneepjes?',
    R: 'Zeg ja voor de snelle kneepjes, of stop als je klaar bent. Doen we ze?',
    end: false,
  });
  // Measured from the SSML breaks themselves (and the cue to breathe on inside each hold), to the millisecond.
  const toMs = (seconds: number[]) => seconds.map((s) => Math.round(s * 1000) / 1000);
  const measured = holdsAndRests(training.ssml);
  expect({ holds: toMs(measured.holds), rests: toMs(measured.rests) }).toEqual({ holds: [4, 4, 4, 4, 4, 4], rests: [4, 4, 4, 4, 4, 4] });

  const quick = await turn(c, 'ja', {
    A:
      quickIntro(6) +
      ' ' +
      quickRounds(6) +
      ' Goed gedaan! Dat was je eerste training van vandaag. Het advies is 4 tot 6 keer per dag. Tot straks!',
    R: undefined,
    end: true,
  });
  expect(holdsAndRests(quick.ssml)).toEqual({ holds: [1, 1, 1, 1, 1, 1], rests: [2, 2, 2, 2, 2, 2] });

  // What was stored: the startblok with its date, today's count, nothing else.
  const items = await database().items();
  expect(items.find((i) => i.sk === 'ACCOUNT#PROFILE')).toEqual({
    pk: `USER#${USER}`,
    sk: 'ACCOUNT#PROFILE',
    version: 3,
    welcomedOn: '2026-11-23',
    startblok: { holdSeconds: 4, repetitions: 6, setOn: '2026-11-23' },
    startblokHistory: [{ holdSeconds: 4, repetitions: 6, setOn: '2026-11-23' }],
    // The training record praise and maintenance are earned by (issue 19): a date and a count.
    lastTrainedOn: '2026-11-23',
    trainingDays: 1,
  });
  expect(items.find((i) => i.sk === 'ACCOUNT#DAY#2026-11-23')).toMatchObject({ sessions: 1, repetitions: 6, quickSets: 1, holdSeconds: 4 });
  expect(items).toHaveLength(2);

  await turn(c, 'open bekkenbodem coach', {
    A: 'Fijn dat je er weer bent. Zullen we je startblok doen, 4 seconden, 6 keer?',
    R: 'Zeg ja om te beginnen, of nee als je iets anders wilt. Zullen we beginnen?',
    end: false,
  });

  // Two sessions: one read each; writes: welcome, startblok, the day's first training in the profile, and one per completed set. (The scan is this test's own.)
  calls.delete('ScanCommand');
  expect(Object.fromEntries(calls)).toEqual({ QueryCommand: 2, PutItemCommand: 3, UpdateItemCommand: 2 });
});
