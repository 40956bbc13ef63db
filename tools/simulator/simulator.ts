import type { ResponseEnvelope } from 'ask-sdk-model';
import { estimateSpeechSeconds } from '../../lambda/speech/durationEstimate';
import type { FakeRemindersApi } from '../fakeRemindersApi';
import { screenLines } from '../screenText';
import { readable, tokenize } from '../ssmlText';
import type { SimulatedClock } from './clock';
import { describeMoment, parseMoment } from './clock';
import type { PermissionAnswer, SimulatedAlexa } from './session';
import { REMINDERS_SCOPE } from './session';

export type Outcome = 'continue' | 'quit';

/** Waits, or stops waiting as soon as the signal aborts. */
export type Sleep = (seconds: number, signal: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (seconds, signal) =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, seconds * 1000);
    signal.addEventListener('abort', done, { once: true });
  });

export interface SimulatorOptions {
  readonly alexa: SimulatedAlexa;
  readonly clock: SimulatedClock;
  /** Where the skill's reminders go; what it sets or removes there is printed. */
  readonly reminders?: FakeRemindersApi;
  /** Play each answer at the pace Alexa would speak it, pauses included. */
  readonly realtime?: boolean;
  /** Print "U: …" for each line: when the input is a script, not someone typing. */
  readonly echo?: boolean;
  readonly print: (line: string) => void;
  readonly sleep?: Sleep;
}

export const COMMANDS = `  /allow, /deny     answer Alexa's question whether the skill may set reminders (or type ja / nee)
  /silence          say nothing: Alexa closes the open session (or leaves her question unanswered)
  /at 2027-02-01T08:00   move the clock to that moment (Amsterdam time); an open session ends first
  /days 14          move the clock 14 days on, to the same time of day
  /time             the simulated date and time
  stop, Ctrl-C      during a real-time answer: "Alexa, stop" (the speech is cut off)
  /quit, Ctrl-D     end the simulator (Ctrl-C too, when nothing is playing)`;

/** Said to Alexa herself, not to the skill: her own consent question and her own "stop". */
const YES = /^(ja|jawel|ja hoor|ja graag|ok[eé]?|prima|goed|dat mag|is goed)\b/;
const NO = /^(nee|nee hoor|nee dank je|liever niet|niet doen)\b/;
const STOP = /^(alexa,? )?(stop|stoppen|hou op|houd op|annuleer)$/;

/** The Amsterdam clock time a reminder request asks for: "07:30". */
function reminderTime(body: unknown): string {
  const at = (body as { trigger?: { scheduledTime?: string } } | undefined)?.trigger?.scheduledTime ?? '';
  return at.slice(11, 16);
}

/**
 * What `npm start` is, minus the terminal: it takes typed lines and plays the Alexa side of the
 * conversation (sessions, her permission question, "Alexa, stop", a clock that can be moved) and
 * prints what the skill answers. Lines are handled one at a time, in order; a line typed while a
 * real-time answer plays first cuts that answer off, as speaking to an Echo does.
 */
export class Simulator {
  private queue: Promise<unknown> = Promise.resolve();
  private playback: AbortController | undefined;
  /** The token of the skill's permission request while Alexa waits for the user's answer. */
  private permissionToken: string | undefined;
  private asking = false;
  private ended = false;
  private pending = 0;
  private remindersSeen = 0;
  private readonly sleep: Sleep;

  constructor(private readonly options: SimulatorOptions) {
    this.sleep = options.sleep ?? realSleep;
  }

  /** Whether Alexa is speaking a real-time answer right now. */
  get playing(): boolean {
    return this.playback !== undefined;
  }

  /** Whether a typed line is still being handled or waits its turn. */
  get busy(): boolean {
    return this.pending > 0;
  }

  /** Whether Alexa waits for the answer to her permission question. */
  get askingPermission(): boolean {
    return this.asking;
  }

  /** A line the user typed. */
  type(line: string): Promise<Outcome> {
    const interrupting = this.cutOff();
    return this.next(() => this.handle(line, interrupting));
  }

  /**
   * Ctrl-C. During a real-time answer it is "Alexa, stop". Otherwise the simulator ends, but
   * only after the turn in progress: the skill is never cut off in the middle of a write.
   */
  interrupt(): Promise<Outcome> {
    if (!this.cutOff()) return this.next(async () => 'quit');
    return this.next(async () => {
      this.print('U: [Ctrl-C: Alexa, stop]');
      await this.alexaStop();
      return 'continue';
    });
  }

  /** Resolves when every line typed so far has been handled. */
  async idle(): Promise<void> {
    await this.queue;
  }

  private next(step: () => Promise<Outcome>): Promise<Outcome> {
    // After /quit, lines that were already waiting (a script read ahead) are not played.
    this.pending += 1;
    const outcome = this.queue.then(async (): Promise<Outcome> => {
      try {
        if (this.ended) return 'quit';
        const result = await step();
        if (result === 'quit') this.ended = true;
        return result;
      } finally {
        this.pending -= 1;
      }
    });
    this.queue = outcome.catch(() => undefined);
    return outcome;
  }

  private cutOff(): boolean {
    if (!this.playback) return false;
    this.playback.abort();
    return true;
  }

  private print(line: string): void {
    this.options.print(line);
  }

  private async handle(line: string, interrupting: boolean): Promise<Outcome> {
    const said = line.trim();
    if (this.options.echo) this.print(`U: ${line}`);
    if (said.startsWith('/')) return this.command(said);
    const words = said.toLowerCase();
    if (this.asking) {
      if (YES.test(words)) await this.answer('ACCEPTED');
      else if (NO.test(words)) await this.answer('DENIED');
      else this.print('   (Alexa wacht op je antwoord op haar vraag: zeg ja of nee, of typ /allow of /deny)');
      return 'continue';
    }
    if (interrupting && STOP.test(words)) {
      await this.alexaStop();
      return 'continue';
    }
    const { response, note } = await this.options.alexa.hear(line);
    await this.show(response, note);
    return 'continue';
  }

  private async command(command: string): Promise<Outcome> {
    const [name = '', ...rest] = command.split(/\s+/);
    const argument = rest.join(' ');
    switch (name) {
      case '/quit':
        return 'quit';
      case '/allow':
      case '/deny':
        if (this.asking) await this.answer(name === '/allow' ? 'ACCEPTED' : 'DENIED');
        else this.print('   (Alexa vraagt nu niets: /allow en /deny beantwoorden haar vraag of de skill herinneringen mag zetten)');
        return 'continue';
      case '/silence':
        await this.silence();
        return 'continue';
      case '/at':
      case '/days': {
        let target: Date | undefined;
        try {
          target = name === '/at' ? parseMoment(argument) : undefined;
          if (name === '/days' && !/^[1-9]\d*$/.test(argument))
            throw new Error('/days takes a whole number of days, for example: /days 14');
        } catch (error) {
          this.print(`   (${(error as Error).message})`);
          return 'continue';
        }
        await this.walkAway();
        if (target) this.options.clock.jumpTo(target);
        else this.options.clock.advanceDays(Number(argument));
        this.print(`   [klok: ${describeMoment(this.options.clock.now())}]`);
        return 'continue';
      }
      case '/time':
        this.print(`   [klok: ${describeMoment(this.options.clock.now())}]`);
        return 'continue';
      default:
        this.print(`Commands:\n${COMMANDS}`);
        return 'continue';
    }
  }

  /** The clock jumps: whatever was open has long timed out by then. */
  private async walkAway(): Promise<void> {
    if (this.asking || this.options.alexa.inSession) {
      this.print('   (je liep weg: Alexa wacht niet tot later)');
      await this.silence();
    }
  }

  private async silence(): Promise<void> {
    if (this.asking) {
      await this.answer('NOT_ANSWERED');
      return;
    }
    const response = await this.options.alexa.silence();
    if (response === undefined) this.print('   (er is geen open sessie: stilte verandert niets)');
    else this.print('   [je zei niets: Alexa sloot de sessie]');
  }

  private async answer(answer: PermissionAnswer): Promise<void> {
    const token = this.permissionToken;
    this.asking = false;
    this.permissionToken = undefined;
    const said = { ACCEPTED: 'ja (/allow)', DENIED: 'nee (/deny)', NOT_ANSWERED: 'niets' }[answer];
    this.print(`   [jij tegen Alexa: ${said}; Alexa geeft de skill het antwoord: ${answer}]`);
    await this.show(await this.options.alexa.answerPermission(answer, token));
  }

  private async alexaStop(): Promise<void> {
    const response = await this.options.alexa.stop();
    if (response === undefined) this.print('   (Alexa zwijgt; de sessie was al gesloten, dus de skill hoort niets)');
    else await this.show(response, 'Alexa, stop: AMAZON.StopIntent');
  }

  private async show(response: ResponseEnvelope, note?: string): Promise<void> {
    if (note) this.print(`   (${note})`);
    const r = response.response;
    const ssml = (r.outputSpeech as { ssml?: string } | undefined)?.ssml;
    const reprompt = (r.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml;
    if (ssml !== undefined) {
      if (this.options.realtime) {
        if (!(await this.play(ssml))) {
          this.print('   [onderbroken]');
          return;
        }
      } else this.print(`A: ${readable(ssml)}`);
    }
    if (reprompt !== undefined) this.print(`   (als je niets zegt: ${readable(reprompt)})`);
    for (const directive of r.directives ?? []) {
      if (directive.type === 'Alexa.Presentation.APL.RenderDocument') {
        for (const line of screenLines(directive)) this.print(`   [scherm] ${line}`);
      } else if (directive.type === 'Connections.SendRequest' && directive.name === 'AskFor') {
        this.asking = true;
        this.permissionToken = directive.token;
        const scope = (directive.payload as { permissionScope?: string } | undefined)?.permissionScope;
        this.print(
          `   [Alexa vraagt nu zelf of de skill ${scope === REMINDERS_SCOPE ? 'herinneringen mag zetten' : `${scope} mag gebruiken`}: zeg ja of nee, of typ /allow of /deny]`,
        );
      } else {
        const named = 'name' in directive ? ` ${String(directive.name)}` : '';
        this.print(`   [${directive.type}${named}: Alexa zou nu zelf iets doen; de simulator speelt dat niet na]`);
      }
    }
    if (r.card?.type === 'AskForPermissionsConsent') this.print('   [kaart in de Alexa-app: toestemming voor herinneringen]');
    this.reportReminders();
    if (!this.asking && r.shouldEndSession !== false)
      this.print('   [sessie gesloten: zeg "open bekkenbodem coach" om opnieuw te beginnen]');
  }

  /** What the skill did at the (fake) Reminders API during the turn. */
  private reportReminders(): void {
    const seen = this.options.reminders?.seen ?? [];
    for (const request of seen.slice(this.remindersSeen)) {
      if (request.method === 'POST') this.print(`   [herinneringen-API: elke dag om ${reminderTime(request.body)} gezet]`);
      if (request.method === 'DELETE') this.print('   [herinneringen-API: een herinnering verwijderd]');
    }
    this.remindersSeen = seen.length;
  }

  /** Prints each sentence when Alexa would start it; false when the user cut it off. */
  private async play(ssml: string): Promise<boolean> {
    const playback = new AbortController();
    this.playback = playback;
    try {
      for (const token of tokenize(ssml)) {
        if (playback.signal.aborted) break;
        if (token.kind !== 'break') this.print(`A: ${token.text}`);
        await this.sleep(token.kind === 'break' ? token.seconds : estimateSpeechSeconds(token.text), playback.signal);
      }
    } finally {
      this.playback = undefined;
    }
    return !playback.signal.aborted;
  }
}
