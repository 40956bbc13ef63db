import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

async function simulator(dataDir: string, ...says: string[]): Promise<string> {
  const options = says[0] === '--screen' ? [says.shift() as string] : [];
  const args = ['tools/simulator/main.ts', '--data', dataDir, ...options, ...says.flatMap((s) => ['--say', s])];
  const { stdout } = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), args, { cwd: ROOT, timeout: 60_000 });
  return stdout;
}

describe('npm start (the simulator)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bekkenbodem-sim-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('talks to the real handler on DynamoDB Local, answers nonsense with the fallback, and keeps data on disk', async () => {
    const first = await simulator(
      dataDir,
      'open bekkenbodem coach',
      'ja',
      '',
      'blabla',
      'mijn startblok is vier seconden zes keer',
      'stop',
    );
    expect(first.split('\n')).toEqual([
      'U: open bekkenbodem coach',
      'A: Welkom bij bekkenbodem coach: ik help je elke dag je bekkenbodem te trainen, op je adem. Ik geef oefeningen en uitleg, maar ik ben geen vervanging voor je huisarts of bekkenfysiotherapeut. ' +
        'Voor we beginnen: mag ik je startblok, je oefendagen en je voorkeuren bewaren, zodat ik je training kan bijhouden? Je antwoorden op de zelftest bewaar ik nooit, en met vergeet mij wis je alles. Mag ik dat bewaren?',
      '   (als je niets zegt: Zeg ja als ik je training mag bijhouden, of nee als ik niets mag bewaren. Mag ik het bewaren?)',
      'U: ja',
      'A: Dank je, dan hou ik je training bij. Je startblok is hoe lang en hoe vaak je je bekkenbodem kunt aanspannen. Zullen we die eerst samen bepalen?',
      '   (als je niets zegt: Zeg ja, dan bepalen we samen je startblok. Of zeg: mijn startblok is vier seconden zes keer. Wat wil je?)',
      'U: ',
      'A: Sorry, dat ving ik niet. Zeg gewoon ja of nee. Wat wordt het?',
      '   (als je niets zegt: Zullen we je startblok bepalen?)',
      'U: blabla',
      'A: Ik begrijp je nog niet. Hier kun je ja of nee zeggen, of: herhaal. Zeg help als je wilt weten wat ik bedoel. Wat zeg je: ja of nee?',
      '   (als je niets zegt: Zullen we je startblok bepalen?)',
      'U: mijn startblok is vier seconden zes keer',
      'A: Je startblok is nu 4 seconden, 6 keer. Zullen we hem meteen doen?',
      '   (als je niets zegt: Zeg ja om je startblok nu te doen, of stop. Zullen we beginnen?)',
      'U: stop',
      // The default --seed 1 picks the third goodbye, and in the next run the third greeting.
      'A: Dag, tot gauw!',
      '   [sessie gesloten: zeg "open bekkenbodem coach" om opnieuw te beginnen]',
      '',
    ]);
    expect(readdirSync(dataDir)).toContain('shared-local-instance.db');

    // A second run reads what the first one stored.
    const second = await simulator(dataDir, 'open bekkenbodem coach');
    expect(second).toContain('A: Goed dat je er bent. Zullen we je startblok doen, 4 seconden, 6 keer?');
    // Two runs, each starting DynamoDB Local (about 15 s on a busy machine).
  }, 120_000);

  it('--screen plays an Echo Show: what the screen shows, as text lines beside the speech', async () => {
    const out = await simulator(dataDir, '--screen', 'vraag bekkenbodem coach om mijn training te starten', 'ja');
    expect(out).toContain('   [scherm] Startblok\n');
    expect(out).toMatch(/\[scherm\] \d+\.\d s {2}1 van 6 {2}Adem uit en span aan\n/);
    expect(out).toMatch(/\[scherm\] \d+\.\d s {2}1 van 6 {2}Vasthouden {2}nog 4 s\n/);
  }, 120_000);
});
