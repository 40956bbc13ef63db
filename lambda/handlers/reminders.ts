import { getRequestType } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import type { ClockTime } from '../domain/reminderTimes';
import { parseAlexaTime, reminderTimes } from '../domain/reminderTimes';
import { listReminders, stopReminders } from '../flows/reminderStatus';
import { permissionAnswered, setReminders } from '../flows/reminders';
import type { HandlerInput } from 'ask-sdk-core';
import { handler, isIntent } from './common';

/** Daily reminders through the Alexa Reminders API, with the user's consent asked by voice. */

function timesSaid(input: HandlerInput): ClockTime[] {
  const request = input.requestEnvelope.request as { intent?: { slots?: Record<string, { value?: string }> } };
  const slots = request.intent?.slots ?? {};
  return reminderTimes(
    ['time', 'timeTwo', 'timeThree'].map((name) => parseAlexaTime(Object.hasOwn(slots, name) ? slots[name]?.value : undefined)),
  );
}

export const ReminderHandler = handler(
  (input) => isIntent(input, 'ReminderIntent'),
  (ctx, input) => setReminders(ctx, timesSaid(input)),
);

function safeJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Alexa's answer to the permission question. */
export const PermissionResponseHandler = handler(
  (input) =>
    getRequestType(input.requestEnvelope) === 'Connections.Response' &&
    (input.requestEnvelope.request as interfaces.connections.ConnectionsRequest).name === 'AskFor',
  (_ctx, input) => {
    const request = input.requestEnvelope.request as interfaces.connections.ConnectionsRequest & { token?: string };
    const status = (request.payload as { status?: string } | undefined)?.status;
    return permissionAnswered(status, safeJson(request.token));
  },
);

export const ListRemindersHandler = handler(
  (input) => isIntent(input, 'ListRemindersIntent'),
  (ctx) => listReminders(ctx),
);

export const StopRemindersHandler = handler(
  (input) => isIntent(input, 'StopRemindersIntent'),
  (ctx) => stopReminders(ctx),
);
