import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Skill } from '../../lambda/buildSkill';
import { loadModel } from '../../tools/nlu/interactionModel';
import { Resolver } from '../../tools/nlu/resolve';
import { readable } from '../../tools/ssmlText';
import { alexaLimitProblems, responseSizeProblems } from './alexaLimits';
import type { Caller, SlotInput } from './requests';
import { caller, intentRequest, launchRequest, sessionEndedRequest } from './requests';

export interface Reply {
  /** What Alexa says, pauses as "[4 s]". */
  readonly text: string;
  readonly reprompt?: string;
  readonly ssml: string;
  /** True when the session ends after this reply. */
  readonly end: boolean;
  readonly envelope: ResponseEnvelope;
}

const resolver = new Resolver(loadModel());

/**
 * Drives the real skill turn by turn, like the Alexa service: session attributes travel
 * from one response to the next request, and typed text goes through the real model.
 * Every response is checked against Alexa's limits; a breach fails the test at once.
 */
export class Conversation {
  readonly who: Caller;
  private sessions = 0;
  readonly replies: Reply[] = [];

  constructor(
    private readonly skill: Skill,
    userId = 'amzn1.ask.account.test-user',
    personId?: string,
  ) {
    this.who = caller(userId, personId);
  }

  /** The next request opens a new Alexa session. */
  newSession(): void {
    this.sessions += 1;
    this.who.sessionId = `amzn1.echo-api.session.test-${this.sessions}`;
    this.who.isNew = true;
    this.who.attributes = {};
  }

  /** U: what the user says. Launch phrases and one-shots open a new session. */
  async user(utterance: string): Promise<Reply> {
    const invocation = resolver.invocationOf(utterance);
    if (invocation.kind === 'launch') {
      this.newSession();
      return this.send(launchRequest(this.who));
    }
    if (invocation.kind === 'oneShot') {
      this.newSession();
      return this.send(this.intentFor(invocation.utterance));
    }
    return this.send(this.intentFor(utterance));
  }

  intentFor(utterance: string): RequestEnvelope {
    const { intent, slots } = resolver.resolve(utterance);
    const declared = loadModel().intents.find((i) => i.name === intent)?.slots ?? [];
    const all: Record<string, SlotInput> = {};
    for (const slot of declared) all[slot.name] = slots[slot.name];
    return intentRequest(this.who, intent, all);
  }

  async intent(name: string, slots: Record<string, SlotInput> = {}): Promise<Reply> {
    return this.send(intentRequest(this.who, name, slots));
  }

  async sessionEnded(): Promise<ResponseEnvelope> {
    return this.skill.invoke(sessionEndedRequest(this.who));
  }

  async send(request: RequestEnvelope): Promise<Reply> {
    const envelope = await this.skill.invoke(request);
    const problems = [...(await alexaLimitProblems(envelope)), ...responseSizeProblems(envelope)];
    if (problems.length > 0) throw new Error(`Response breaks Alexa limits:\n${problems.join('\n')}`);
    this.who.isNew = false;
    this.who.attributes = (envelope.sessionAttributes ?? {}) as Record<string, unknown>;
    const response = envelope.response;
    const ssml = (response.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '';
    const repromptSsml = (response.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml;
    const reply: Reply = {
      text: readable(ssml),
      reprompt: repromptSsml === undefined ? undefined : readable(repromptSsml),
      ssml,
      end: response.shouldEndSession === true,
      envelope,
    };
    this.replies.push(reply);
    return reply;
  }
}
