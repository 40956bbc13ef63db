import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadModel } from '../nlu/interactionModel';
import type { SlotFill, TracedResolution } from '../nlu/resolve';
import { alexaSlot } from '../nlu/alexaSlot';
import { FALLBACK_INTENT, Resolver } from '../nlu/resolve';

export type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface SimulatedAlexaOptions {
  /** An Echo Show: the requests announce APL. */
  readonly screen?: boolean;
  /** Where the skill reaches the Alexa APIs (the reminders); by default nowhere. */
  readonly apiEndpoint?: string;
  /** The clock the requests are stamped with. */
  readonly now?: () => Date;
}

export type PermissionAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/**
 * One model and one resolver for every simulated user, and each typed text resolved once: the
 * words map to the same intent for everyone. Without this, npm run load spent its first
 * seconds reading the model and matching words for 200 users in the one event loop, and the
 * handler's DynamoDB calls timed out waiting for it (more so on a busy machine).
 */
class SharedNlu {
  private static instance: SharedNlu | undefined;
  readonly model = loadModel();
  private readonly resolver = new Resolver(this.model);
  private readonly resolved = new Map<string, TracedResolution>();
  private readonly invocations = new Map<string, ReturnType<Resolver['invocationOf']>>();

  static get(): SharedNlu {
    SharedNlu.instance ??= new SharedNlu();
    return SharedNlu.instance;
  }

  resolve(utterance: string): TracedResolution {
    let result = this.resolved.get(utterance);
    if (result === undefined) this.resolved.set(utterance, (result = this.resolver.trace(utterance)));
    return result;
  }

  invocationOf(utterance: string): ReturnType<Resolver['invocationOf']> {
    let result = this.invocations.get(utterance);
    if (result === undefined) this.invocations.set(utterance, (result = this.resolver.invocationOf(utterance)));
    return result;
  }
}

/** Plays the Alexa service for one user: sessions, session attributes, and the NLU step. */
export class SimulatedAlexa {
  private readonly nlu = SharedNlu.get();
  private readonly model = this.nlu.model;
  private readonly resolver = this.nlu;
  private sessionOpen = false;
  private sessionCount = 0;
  private attributes: Record<string, unknown> = {};
  private isNew = true;
  /** Whether the user allowed this skill to set reminders: from then on, every request says so. */
  private remindersGranted = false;
  private readonly screen: boolean;
  private readonly apiEndpoint: string;
  private readonly now: () => Date;

  constructor(
    private readonly handler: Handler,
    private readonly userId: string,
    options: SimulatedAlexaOptions = {},
  ) {
    this.screen = options.screen ?? false;
    this.apiEndpoint = options.apiEndpoint ?? 'http://127.0.0.1:9';
    this.now = options.now ?? (() => new Date());
  }

  get inSession(): boolean {
    return this.sessionOpen;
  }

  /** Returns the response, plus a note when the simulator opened a session by itself. */
  async hear(utterance: string): Promise<{ response: ResponseEnvelope; note?: string }> {
    const invocation = this.resolver.invocationOf(utterance);
    let note: string | undefined;
    this.classified = undefined;
    let request: RequestEnvelope['request'];
    if (invocation.kind === 'launch') {
      this.open();
      request = this.launch();
    } else if (invocation.kind === 'oneShot') {
      this.open();
      request = this.intent(invocation.utterance);
    } else {
      if (!this.sessionOpen) {
        this.open();
        note = 'geen open sessie: behandeld als "vraag bekkenbodem coach …"';
      }
      request = utterance.trim() === '' ? this.intentNamed(FALLBACK_INTENT, {}) : this.intent(utterance);
    }
    if (this.classified) note = [note, this.classified].filter(Boolean).join('; ');
    return { response: await this.respond(request), note };
  }

  /**
   * The user answered Alexa's own question for the reminders permission (after the skill's
   * Connections.SendRequest AskFor): Alexa hands the answer to the skill as a
   * Connections.Response, with the skill's token, in the session it had open.
   */
  async answerPermission(answer: PermissionAnswer, token: string | undefined): Promise<ResponseEnvelope> {
    if (answer === 'ACCEPTED') this.remindersGranted = true;
    this.sessionOpen = true;
    const request = {
      type: 'Connections.Response',
      requestId: this.requestId(),
      timestamp: this.now().toISOString(),
      locale: 'nl-NL',
      name: 'AskFor',
      status: { code: '200', message: 'OK' },
      payload: { permissionScope: REMINDERS_SCOPE, status: answer },
      token,
    } as unknown as RequestEnvelope['request'];
    return this.respond(request);
  }

  /**
   * "Alexa, stop" while the skill is speaking: in an open session Alexa sends the skill
   * AMAZON.StopIntent; after an answer that closed the session, Alexa only stops talking.
   */
  async stop(): Promise<ResponseEnvelope | undefined> {
    if (!this.sessionOpen) return undefined;
    return this.respond(this.intentNamed('AMAZON.StopIntent', {}));
  }

  private async respond(request: RequestEnvelope['request']): Promise<ResponseEnvelope> {
    const response = await this.handler(this.envelope(request));
    this.isNew = false;
    this.attributes = (response.sessionAttributes ?? {}) as Record<string, unknown>;
    if (response.response.shouldEndSession !== false) this.sessionOpen = false;
    return response;
  }

  /**
   * The user stays silent: Alexa closes the open session with a SessionEndedRequest that still
   * carries the session attributes (its answer has no speech). Nothing happens without a session.
   */
  async silence(): Promise<ResponseEnvelope | undefined> {
    if (!this.sessionOpen) return undefined;
    const request = {
      type: 'SessionEndedRequest',
      requestId: this.requestId(),
      timestamp: this.now().toISOString(),
      locale: 'nl-NL',
      reason: 'EXCEEDED_MAX_REPROMPTS',
    } as RequestEnvelope['request'];
    const response = await this.handler(this.envelope(request));
    this.sessionOpen = false;
    return response;
  }

  private open(): void {
    this.sessionCount += 1;
    this.sessionOpen = true;
    this.isNew = true;
    this.attributes = {};
  }

  private launch(): RequestEnvelope['request'] {
    return { type: 'LaunchRequest', requestId: this.requestId(), timestamp: this.now().toISOString(), locale: 'nl-NL' };
  }

  /** Set when no sample fitted and the classifier chose the intent of the last utterance. */
  private classified: string | undefined;

  private intent(utterance: string): RequestEnvelope['request'] {
    const { intent, slots, by } = this.resolver.resolve(utterance);
    this.classified =
      by === 'classifier' && intent !== FALLBACK_INTENT ? `geen sample past precies: de classifier koos ${intent}` : undefined;
    return this.intentNamed(intent, slots);
  }

  private intentNamed(name: string, values: Readonly<Record<string, SlotFill>>): RequestEnvelope['request'] {
    const declared = this.model.intents.find((i) => i.name === name)?.slots ?? [];
    const slots = Object.fromEntries(declared.map((s) => [s.name, alexaSlot(s.name, values[s.name])]));
    return {
      type: 'IntentRequest',
      requestId: this.requestId(),
      timestamp: this.now().toISOString(),
      locale: 'nl-NL',
      dialogState: 'COMPLETED',
      intent: { name, confirmationStatus: 'NONE', slots },
    };
  }

  private requestId(): string {
    return `simulator.request.${Date.now()}`;
  }

  private envelope(request: RequestEnvelope['request']): RequestEnvelope {
    const application = { applicationId: 'amzn1.ask.skill.simulator' };
    const user = {
      userId: this.userId,
      permissions: this.remindersGranted
        ? { consentToken: 'simulator-consent-token', scopes: { [REMINDERS_SCOPE]: { status: 'GRANTED' } } }
        : undefined,
    };
    return {
      version: '1.0',
      session: {
        new: this.isNew,
        sessionId: `simulator.session.${this.sessionCount}`,
        application,
        user,
        attributes: this.attributes,
      },
      context: {
        System: {
          application,
          user,
          device: {
            deviceId: 'simulator-device',
            supportedInterfaces: this.screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '1.1' } } } : {},
          },
          apiEndpoint: this.apiEndpoint,
          apiAccessToken: 'simulator-api-token',
        },
      },
      request,
    } as RequestEnvelope;
  }
}
