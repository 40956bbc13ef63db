import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildSkill } from '../../lambda/buildSkill';
import { silentLogger } from '../../lambda/skill/log';
import { FakeRemindersApi } from '../../tools/fakeRemindersApi';
import { fixedRandom } from '../../tools/seededRandom';
import { DEFAULT_USER, parseArgs } from '../../tools/simulator/args';
import { parseMoment, SimulatedClock } from '../../tools/simulator/clock';
import { SimulatedAlexa } from '../../tools/simulator/session';
import type { Sleep } from '../../tools/simulator/simulator';
import { Simulator } from '../../tools/simulator/simulator';
import { useDatabase } from '../helpers/database';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function simulatorProcess(dataDir: string, ...says: string[]): Promise<string> {
  const options = says[0] === '--screen' ? [says.shift() as string] : [];
  const args = ['tools/simulator/main.ts', '--data', dataDir, ...options, ...says.flatMap((s) => ['--say', s])];
  const { stdout } = await run(TSX, args, { cwd: ROOT, timeout: 60_000 });
  return stdout;
}

describe('npm start (the simulator)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bekkenbodem-sim-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('says its understanding is a stand-in, talks to the real handler on DynamoDB Local, and keeps data on disk', async () => {
    const first = await simulatorProcess(
      dataDir,
      'open bekkenbodem coach',
      'ja',
      '',
      'blabla',
      'mijn startblok is vier seconden zes keer',
      'stop',
    );
    const lines = first.split('\n');
    expect(lines[0]).toBe(
      "Bekkenbodem coach simulator. Let op: dit is niet Alexa. Wat je typt, begrijpt een eenvoudige vervanger van Alexa's",
    );
    expect(lines[2]).toMatch(
      /^Klok: \w+dag \d+ \w+ \d{4} om \d\d:\d\d\. Gebruiker: simulator-user \(onthouden; --fresh voor een nieuwe\)\.$/,
    );
    expect(lines.slice(3)).toEqual([
      'U: open bekkenbodem coach',
      // The simulator runs the production skill: a new user is asked for consent first (issue 22).
      'A: Welkom bij bekkenbodem coach. Ik help je elke dag je bekkenbodem te trainen. Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut. ' +
        'Voor we beginnen: mag ik je startblok, je oefendagen en je voorkeuren bewaren, zodat ik je training kan bijhouden? Je antwoorden op de zelftest bewaar ik nooit, en met vergeet mij wis je alles. Mag ik dat bewaren?',
      '   (als je niets zegt: Zeg ja als ik je training mag bijhouden, of nee als ik niets mag bewaren. Mag ik het bewaren?)',
      'U: ja',
      'A: Dank je, dan hou ik je training bij. Eerst bepalen we samen je startblok: hoe lang en hoe vaak je kunt aanspannen. Zullen we dat doen?',
      '   (als je niets zegt: Zeg ja, dan bepalen we samen je startblok. Of zeg: mijn startblok is vier seconden zes keer. Wat wil je?)',
      'U: ',
      'A: Sorry, dat verstond ik niet. Zeg gewoon ja of nee. Wat wordt het?',
      '   (als je niets zegt: Zullen we je startblok bepalen?)',
      'U: blabla',
      'A: Ik begrijp je nog niet. Hier kun je ja of nee zeggen, of: herhaal. Zeg help als je wilt weten wat ik bedoel. Wat zeg je: ja of nee?',
      '   (als je niets zegt: Zullen we je startblok bepalen?)',
      'U: mijn startblok is vier seconden zes keer',
      'A: Je startblok is nu 4 seconden, 6 keer. Zullen we het meteen doen?',
      '   (als je niets zegt: Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?)',
      'U: stop',
      // The default --seed 1 picks the third goodbye, and in the next run the third greeting.
      'A: Dag, tot gauw!',
      '   [sessie gesloten: zeg "open bekkenbodem coach" om opnieuw te beginnen]',
      '',
    ]);
    expect(readdirSync(dataDir)).toContain('shared-local-instance.db');

    // A second run reads what the first one stored.
    const second = await simulatorProcess(dataDir, 'open bekkenbodem coach');
    expect(second).toContain('A: Goed dat je er bent. Zullen we je startblok doen, 4 seconden, 6 keer?');
  }, 120_000);

  it('--screen plays an Echo Show: what the screen shows, as text lines beside the speech', async () => {
    const out = await simulatorProcess(dataDir, '--screen', 'vraag bekkenbodem coach om mijn training te starten', 'ja');
    expect(out).toContain('   [scherm] Startblok\n');
    expect(out).toMatch(/\[scherm\] \d+\.\d s {2}1 van 6 {2}Adem uit en span aan\n/);
    expect(out).toMatch(/\[scherm\] \d+\.\d s {2}1 van 6 {2}Vasthouden {2}nog 4 s\n/);
  }, 90_000);

  it('--help shows the date, permission and fresh-user options, and says the understanding is a stand-in', async () => {
    const { stdout } = await run(TSX, ['tools/simulator/main.ts', '--help'], { cwd: ROOT, timeout: 30_000 });
    for (const option of [
      '--at 2027-01-20T08:00',
      '--fresh',
      '--user ID',
      '/allow, /deny',
      '/days 14',
      '/at 2027-02-01T08:00',
      '/silence',
      'Ctrl-C',
    ]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain("a stand-in for Alexa's");
  });
});

describe('the simulator options', () => {
  it('--at is a moment on Amsterdam clocks, in winter and in summer time', () => {
    expect(parseArgs(['--at', '2027-01-20T08:00']).at).toEqual(new Date('2027-01-20T07:00:00Z'));
    expect(parseArgs(['--at', '2027-07-20T08:00']).at).toEqual(new Date('2027-07-20T06:00:00Z'));
    expect(parseArgs([]).at).toBeUndefined();
    expect(() => parseArgs(['--at', '2027-02-30T08:00'])).toThrow('--at: No such date and time: 2027-02-30T08:00');
    expect(() => parseArgs(['--at', 'morgen'])).toThrow('--at: Not a date and time');
  });

  it('--fresh is a new user every run; without it the remembered simulator user, or --user', () => {
    let n = 0;
    const fresh = () => parseArgs(['--fresh'], () => `id-${++n}`).userId;
    expect([fresh(), fresh()]).toEqual(['amzn1.ask.account.simulator-id-1', 'amzn1.ask.account.simulator-id-2']);
    expect(parseArgs(['--fresh']).userId).not.toBe(parseArgs(['--fresh']).userId);
    expect(parseArgs([]).userId).toBe(DEFAULT_USER);
    expect(parseArgs(['--user', 'ria']).userId).toBe('ria');
    expect(() => parseArgs(['--fresh', '--user', 'ria'])).toThrow('--fresh and --user exclude each other');
  });
});

describe('the simulator session (what npm start does with each typed line)', () => {
  const database = useDatabase();
  const api = new FakeRemindersApi();
  beforeAll(() => api.start());
  afterAll(() => api.stop());
  beforeEach(() => {
    api.seen.length = 0;
  });
  let users = 0;

  /** A simulator on a clock that starts on 20 January 2027 08:00 and moves only when the test says. */
  function simulator(options: { realtime?: boolean; sleep?: Sleep } = {}) {
    let realMs = 0;
    const clock = new SimulatedClock(parseMoment('2027-01-20T08:00'), () => realMs);
    const skill = buildSkill({
      store: database().store,
      now: () => clock.now(),
      newId: () => `run-${++users}`,
      log: silentLogger,
      random: fixedRandom(0),
    });
    const userId = `amzn1.ask.account.simulator-test-${++users}`;
    const alexa = new SimulatedAlexa((event) => skill.invoke(event), userId, { apiEndpoint: api.endpoint, now: () => clock.now() });
    const printed: string[] = [];
    const sim = new Simulator({ alexa, clock, reminders: api, echo: true, print: (line) => printed.push(line), ...options });
    const say = async (...lines: string[]) => {
      printed.length = 0;
      for (const line of lines) await sim.type(line);
      return [...printed];
    };
    return { sim, say, printed, clock, userId, passRealTime: (ms: number) => (realMs += ms) };
  }

  /**
   * Real-time playback without the waiting. `cutAt(n, act)`: during the n-th pause from now the
   * user acts (types, presses Ctrl-C), and that pause lasts until the speech is cut off.
   */
  function userDuringPlayback() {
    let countdown = 0;
    let act: (() => unknown) | undefined;
    const sleep: Sleep = (_seconds, signal) => {
      if (act === undefined || --countdown > 0) return Promise.resolve();
      const acting = act;
      act = undefined;
      acting();
      return new Promise<void>((resolve) =>
        signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true }),
      );
    };
    return {
      sleep,
      cutAt(pause: number, action: () => unknown) {
        countdown = pause;
        act = action;
      },
    };
  }

  it('sets reminders: Alexa asks the permission herself, /allow answers it, and the skill sets them at the Reminders API', async () => {
    const { say } = simulator();
    await say('open bekkenbodem coach');
    expect(await say('herinner me aan mijn oefeningen', '/allow')).toEqual([
      'U: herinner me aan mijn oefeningen',
      '   [Alexa vraagt nu zelf of de skill herinneringen mag zetten: zeg ja of nee, of typ /allow of /deny]',
      'U: /allow',
      '   [jij tegen Alexa: ja (/allow); Alexa geeft de skill het antwoord: ACCEPTED]',
      "A: Ik zet 3 herinneringen voor je oefeningen, elke dag om 8 uur 's ochtends, om 1 uur 's middags en om 8 uur 's avonds. Had ik al herinneringen voor je gezet, dan komen deze ervoor in de plaats. Is dat goed?",
      '   (als je niets zegt: Zeg ja om de herinneringen te zetten, of nee om andere tijden te kiezen. Is dat goed?)',
    ]);
    expect(api.seen).toEqual([]);
    expect(await say("om half acht en om negen uur 's avonds", 'ja')).toEqual([
      "U: om half acht en om negen uur 's avonds",
      "A: Ik zet 2 herinneringen voor je oefeningen, elke dag om half 8 's ochtends en om 9 uur 's avonds. Had ik al herinneringen voor je gezet, dan komen deze ervoor in de plaats. Is dat goed?",
      '   (als je niets zegt: Zeg ja om de herinneringen te zetten, of nee om andere tijden te kiezen. Is dat goed?)',
      'U: ja',
      "A: Klaar: elke dag om half 8 's ochtends en om 9 uur 's avonds herinner ik je aan je oefeningen. Tot dan! Met een Alexa-routine start je de training ook met je eigen zin of op een vaste tijd: vraag bekkenbodem coach maar hoe dat gaat.",
      '   [herinneringen-API: elke dag om 07:30 gezet]',
      '   [herinneringen-API: elke dag om 21:00 gezet]',
      '   [sessie gesloten: zeg "open bekkenbodem coach" om opnieuw te beginnen]',
    ]);
    // From now on Alexa tells the skill the permission was given, and the skill reads what it set.
    expect(await say('vraag bekkenbodem coach welke herinneringen heb ik')).toEqual([
      'U: vraag bekkenbodem coach welke herinneringen heb ik',
      "A: Je krijgt elke dag 2 herinneringen: om half 8 's ochtends en om 9 uur 's avonds. Tot de volgende keer!",
      '   [sessie gesloten: zeg "open bekkenbodem coach" om opnieuw te beginnen]',
    ]);
    expect(api.seen.map((r) => `${r.method} ${r.path} ${r.authorization}`)).toEqual([
      // The reminders set before are looked up first, to be replaced (none here).
      'GET /v1/alerts/reminders Bearer simulator-api-token',
      'POST /v1/alerts/reminders Bearer simulator-api-token',
      'POST /v1/alerts/reminders Bearer simulator-api-token',
      'GET /v1/alerts/reminders Bearer simulator-api-token',
    ]);
  });

  it('answers the permission question "nee" (or /deny), or lets it go unanswered with /silence', async () => {
    const denied = simulator();
    expect(await denied.say('vraag bekkenbodem coach zet een herinnering', 'nee')).toEqual([
      'U: vraag bekkenbodem coach zet een herinnering',
      '   [Alexa vraagt nu zelf of de skill herinneringen mag zetten: zeg ja of nee, of typ /allow of /deny]',
      'U: nee',
      '   [jij tegen Alexa: nee (/deny); Alexa geeft de skill het antwoord: DENIED]',
      'A: Geen probleem, dan zet ik geen herinneringen. Je kunt het later altijd nog aanzetten. Zullen we nu oefenen?',
      expect.stringMatching(/^ {3}\(als je niets zegt: .+\?\)$/),
    ]);
    expect(await denied.say('/deny')).toEqual([
      'U: /deny',
      '   (Alexa vraagt nu niets: /allow en /deny beantwoorden haar vraag of de skill herinneringen mag zetten)',
    ]);

    const silent = simulator();
    const lines = await silent.say('vraag bekkenbodem coach zet een herinnering', 'wat is het weer', '/silence');
    expect(lines.slice(2)).toEqual([
      'U: wat is het weer',
      '   (Alexa wacht op je antwoord op haar vraag: zeg ja of nee, of typ /allow of /deny)',
      'U: /silence',
      '   [jij tegen Alexa: niets; Alexa geeft de skill het antwoord: NOT_ANSWERED]',
      'A: Ik heb een kaart in je Alexa-app gezet. Geef daar toestemming voor herinneringen, en vraag het me dan nog eens. Tot straks!',
      '   [kaart in de Alexa-app: toestemming voor herinneringen]',
      '   [sessie gesloten: zeg "open bekkenbodem coach" om opnieuw te beginnen]',
    ]);
    expect(api.seen).toEqual([]);
  });

  it('starts the clock at --at, runs it with real time, and moves it on with /days and /at, closing an open session first', async () => {
    const { say, clock, passRealTime } = simulator();
    passRealTime(90_000);
    expect(clock.now()).toEqual(new Date('2027-01-20T07:01:30Z'));
    await say('open bekkenbodem coach');
    expect(await say('/days 14')).toEqual([
      'U: /days 14',
      '   (je liep weg: Alexa wacht niet tot later)',
      '   [je zei niets: Alexa sloot de sessie]',
      '   [klok: woensdag 3 februari 2027 om 08:01]',
    ]);
    // Over the change to summer time, /days keeps the time of day.
    expect(await say('/at 2027-03-27T08:00', '/days 1', '/time')).toEqual([
      'U: /at 2027-03-27T08:00',
      '   [klok: zaterdag 27 maart 2027 om 08:00]',
      'U: /days 1',
      '   [klok: zondag 28 maart 2027 om 08:00]',
      'U: /time',
      '   [klok: zondag 28 maart 2027 om 08:00]',
    ]);
    expect(await say('/days twee', '/at gisteren')).toEqual([
      'U: /days twee',
      '   (/days takes a whole number of days, for example: /days 14)',
      'U: /at gisteren',
      '   (Not a date and time: "gisteren" (write it as 2027-01-20T08:00))',
    ]);
    // The skill lives on that clock: the reminder it sets starts on the simulated day.
    await say('vraag bekkenbodem coach herinner me om acht uur', '/allow', 'ja');
    expect((api.seen.find((r) => r.method === 'POST')?.body as { requestTime: string }).requestTime).toBe('2027-03-28T00:00:00.000');
  });

  it('cuts a real-time exercise off when "stop" is typed, as "Alexa, stop" does: the skill gets AMAZON.StopIntent', async () => {
    const user = userDuringPlayback();
    const { sim, say, printed } = simulator({ realtime: true, sleep: user.sleep });
    await say('open bekkenbodem coach', 'mijn startblok is vier seconden zes keer', 'ja');
    printed.length = 0;
    // The pauses: after "Mooi, we beginnen.", after "Één.", then the hold after "Adem uit, en span aan."
    user.cutAt(3, () => sim.type('stop'));
    await sim.type('klaar');
    await sim.idle();
    expect(printed).toEqual([
      'U: klaar',
      'A: Mooi, we beginnen.',
      'A: Denk eraan: je trekt naar binnen en omhoog.',
      'A: Één.',
      '   [onderbroken]',
      'U: stop',
      '   (Alexa, stop: AMAZON.StopIntent)',
      // The skill cannot know where Alexa was cut off: it closes the set as it would on an Echo.
      'A: Goed gedaan!',
      'A: Dat was je eerste training van vandaag. Het advies is 4 tot 6 keer per dag. Tot straks!',
      '   [sessie gesloten: zeg "open bekkenbodem coach" om opnieuw te beginnen]',
    ]);
    expect(sim.playing).toBe(false);
  });

  it('sends other words typed during a real-time answer to the skill, after cutting the answer off ("klaar" is no stop)', async () => {
    const user = userDuringPlayback();
    const { sim, say, printed } = simulator({ realtime: true, sleep: user.sleep });
    await say('open bekkenbodem coach', 'mijn startblok is vier seconden zes keer');
    printed.length = 0;
    user.cutAt(1, () => sim.type('klaar'));
    await sim.type('ja');
    await sim.idle();
    expect(printed.slice(0, 4)).toEqual([
      'U: ja',
      'A: We doen je startblok: 4 seconden vasthouden, 6 keer.',
      '   [onderbroken]',
      'U: klaar',
    ]);
    expect(printed[4]).toBe('A: Mooi, we beginnen.');
  });

  it('takes Ctrl-C during a real-time answer as "Alexa, stop"; with nothing playing, it ends the simulator after the turn', async () => {
    const user = userDuringPlayback();
    const { sim, say, printed } = simulator({ realtime: true, sleep: user.sleep });
    user.cutAt(1, () => sim.interrupt());
    await say('open bekkenbodem coach');
    await sim.idle();
    expect(printed.slice(0, 3)).toEqual([
      'U: open bekkenbodem coach',
      expect.stringMatching(/^A: Welkom bij bekkenbodem coach/),
      '   [onderbroken]',
    ]);
    expect(printed[3]).toBe('U: [Ctrl-C: Alexa, stop]');
    expect(printed.at(-1)).toBe('   [sessie gesloten: zeg "open bekkenbodem coach" om opnieuw te beginnen]');

    expect(await sim.interrupt()).toBe('quit');
    // Lines already typed after the end are not played.
    printed.length = 0;
    expect(await sim.type('open bekkenbodem coach')).toBe('quit');
    expect(printed).toEqual([]);
  });

  it('after an answer that closed the session, "stop" only silences Alexa: the skill hears nothing', async () => {
    const user = userDuringPlayback();
    const { sim, say, printed } = simulator({ realtime: true, sleep: user.sleep });
    user.cutAt(1, () => sim.type('stop'));
    await say('vraag bekkenbodem coach welke herinneringen heb ik');
    await sim.idle();
    expect(printed).toEqual([
      'U: vraag bekkenbodem coach welke herinneringen heb ik',
      // Cut at the first pause: the goodbye, a sentence of its own, is not heard.
      'A: Je hebt nog geen herinneringen van mij. Zeg: herinner me aan mijn oefeningen, als je dat wilt.',
      '   [onderbroken]',
      'U: stop',
      '   (Alexa zwijgt; de sessie was al gesloten, dus de skill hoort niets)',
    ]);
  });
});
