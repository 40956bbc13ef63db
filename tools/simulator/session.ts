import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadModel } from '../nlu/interactionModel';
import type { SlotFill } from '../nlu/resolve';
import { alexaSlot } from '../nlu/alexaSlot';
import { FALLBACK_INTENT, Resolver } from '../nlu/resolve';

export type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

/** Plays the Alexa service for one user: sessions, session attributes, and the NLU step. */
export class SimulatedAlexa {
  private readonly model = loadModel();
  private readonly resolver = new Resolver(this.model);
  private sessionOpen = false;
  private sessionCount = 0;
  private attributes: Record<string, unknown> = {};
  private isNew = true;

  constructor(
    private readonly handler: Handler,
    private readonly userId: string,
    private readonly screen = false,
  ) {}

  get inSession(): boolean {
    return this.sessionOpen;
  }

  /** Returns the response, plus a note when the simulator opened a session by itself. */
  async hear(utterance: string): Promise<{ response: ResponseEnvelope; note?: string }> {
    const invocation = this.resolver.invocationOf(utterance);
    let note: string | undefined;
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
    const response = await this.handler(this.envelope(request));
    this.isNew = false;
    this.attributes = (response.sessionAttributes ?? {}) as Record<string, unknown>;
    if (response.response.shouldEndSession !== false) this.sessionOpen = false;
    return { response, note };
  }

  private open(): void {
    this.sessionCount += 1;
    this.sessionOpen = true;
    this.isNew = true;
    this.attributes = {};
  }

  private launch(): RequestEnvelope['request'] {
    return { type: 'LaunchRequest', requestId: this.requestId(), timestamp: new Date().toISOString(), locale: 'nl-NL' };
  }

  private intent(utterance: string): RequestEnvelope['request'] {
    const { intent, slots } = this.resolver.resolve(utterance);
    return this.intentNamed(intent, slots);
  }

  private intentNamed(name: string, values: Readonly<Record<string, SlotFill>>): RequestEnvelope['request'] {
    const declared = this.model.intents.find((i) => i.name === name)?.slots ?? [];
    const slots = Object.fromEntries(declared.map((s) => [s.name, alexaSlot(s.name, values[s.name])]));
    return {
      type: 'IntentRequest',
      requestId: this.requestId(),
      timestamp: new Date().toISOString(),
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
    const user = { userId: this.userId };
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
          apiEndpoint: 'http://127.0.0.1:9',
        },
      },
      request,
    } as RequestEnvelope;
  }
}
