import type { Intent, RequestEnvelope, Slot } from 'ask-sdk-model';
import { alexaSlot } from '../../tools/nlu/alexaSlot';
import type { SlotFill } from '../../tools/nlu/resolve';

/** Who is talking, and the Alexa session they are in. */
export interface Caller {
  userId: string;
  personId?: string;
  sessionId: string;
  isNew: boolean;
  attributes: Record<string, unknown>;
  locale?: string;
  applicationId?: string;
  /** Where the skill reaches the Alexa APIs (a local fake in tests) and with which token. */
  apiEndpoint?: string;
  apiAccessToken?: string;
  /** Whether the user granted the reminders permission. */
  remindersGranted?: boolean;
  /** A device with a screen (Echo Show): supportedInterfaces holds Alexa.Presentation.APL. */
  screen?: boolean;
}

/** What an Echo Show announces; a voice-only Echo announces nothing. */
export const APL_INTERFACE = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '1.1' } } } as const;

export const APPLICATION_ID = 'amzn1.ask.skill.test-bekkenbodem-coach';
const TIMESTAMP = '2026-11-21T09:00:00Z';

export function caller(userId: string, personId?: string): Caller {
  return { userId, personId, sessionId: 'amzn1.echo-api.session.test-0', isNew: true, attributes: {}, locale: 'nl-NL' };
}

function envelope(who: Caller, request: RequestEnvelope['request']): RequestEnvelope {
  const application = { applicationId: who.applicationId ?? APPLICATION_ID };
  const user = {
    userId: who.userId,
    permissions: who.remindersGranted
      ? { consentToken: 'test-consent-token', scopes: { 'alexa::alerts:reminders:skill:readwrite': { status: 'GRANTED' } } }
      : undefined,
  };
  return {
    version: '1.0',
    session: { new: who.isNew, sessionId: who.sessionId, application, user, attributes: who.attributes },
    context: {
      System: {
        application,
        user,
        person: who.personId ? { personId: who.personId } : undefined,
        device: { deviceId: 'amzn1.ask.device.test', supportedInterfaces: who.screen ? APL_INTERFACE : {} },
        apiEndpoint: who.apiEndpoint ?? 'https://api.eu.amazonalexa.com',
        apiAccessToken: who.apiAccessToken ?? 'test-token',
      },
    },
    request,
  } as RequestEnvelope;
}

export function launchRequest(who: Caller): RequestEnvelope {
  return envelope(who, { type: 'LaunchRequest', requestId: 'req-launch', timestamp: TIMESTAMP, locale: who.locale });
}

export type SlotInput = SlotFill | string | undefined;

/** Like Alexa: every slot the model declares is present, unfilled ones without a value. */
export function intentRequest(who: Caller, name: string, slots: Record<string, SlotInput> = {}): RequestEnvelope {
  const slotMap: Record<string, Slot> = {};
  for (const [slotName, value] of Object.entries(slots)) slotMap[slotName] = alexaSlot(slotName, value);
  const intent: Intent = { name, confirmationStatus: 'NONE', slots: slotMap };
  return envelope(who, {
    type: 'IntentRequest',
    requestId: `req-${name}`,
    timestamp: TIMESTAMP,
    locale: who.locale,
    dialogState: 'COMPLETED',
    intent,
  });
}

export function sessionEndedRequest(
  who: Caller,
  reason: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR' = 'EXCEEDED_MAX_REPROMPTS',
): RequestEnvelope {
  return envelope(who, {
    type: 'SessionEndedRequest',
    requestId: 'req-ended',
    timestamp: TIMESTAMP,
    locale: who.locale,
    reason,
  });
}

/** Alexa's answer to the skill's permission question (Connections.SendRequest AskFor). */
export function permissionResponse(who: Caller, status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED', token: string): RequestEnvelope {
  return envelope(who, {
    type: 'Connections.Response',
    requestId: 'req-connections',
    timestamp: TIMESTAMP,
    locale: who.locale,
    name: 'AskFor',
    status: { code: '200', message: 'OK' },
    payload: { permissionScope: 'alexa::alerts:reminders:skill:readwrite', status },
    token,
  } as unknown as RequestEnvelope['request']);
}

/** The event Alexa sends when the user disables the skill (out of session). */
export function skillDisabled(who: Caller, persistence: 'PERSISTED' | 'NOT_PERSISTED'): RequestEnvelope {
  const request = {
    type: 'AlexaSkillEvent.SkillDisabled',
    requestId: 'req-disabled',
    timestamp: TIMESTAMP,
    eventCreationTime: TIMESTAMP,
    eventPublishingTime: TIMESTAMP,
    body: { userInformationPersistenceStatus: persistence },
  } as unknown as RequestEnvelope['request'];
  return { ...envelope(who, request), session: undefined };
}

/** A touch on the screen, sent by an APL document (SendEvent) while the session is open. */
export function aplUserEvent(who: Caller, args: unknown[] = ['tap']): RequestEnvelope {
  return envelope(who, {
    type: 'Alexa.Presentation.APL.UserEvent',
    requestId: 'req-user-event',
    timestamp: TIMESTAMP,
    locale: who.locale,
    token: 'exercise',
    arguments: args,
  } as unknown as RequestEnvelope['request']);
}
