import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { ClockTime } from '../domain/reminderTimes';
import { dailyRule, reminderTimes, timeOfRule } from '../domain/reminderTimes';

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
const TIME_ZONE = 'Europe/Amsterdam';

export type ReminderFailure = 'noPermission' | 'failed';

export class RemindersError extends Error {
  constructor(readonly failure: ReminderFailure) {
    super(`reminders: ${failure}`);
    this.name = 'RemindersError';
  }
}

/** Granted when Alexa sends the scope as GRANTED, or (older requests) a consent token. */
export function remindersGranted(input: HandlerInput): boolean {
  const permissions = input.requestEnvelope.context?.System?.user?.permissions;
  return permissions?.scopes?.[REMINDERS_SCOPE]?.status === 'GRANTED' || typeof permissions?.consentToken === 'string';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A daily recurring reminder, as the Reminders API wants it: local date-times without a zone
 * letter, the time zone named, the recurrence as an iCalendar rule.
 */
export function dailyReminderRequest(time: ClockTime, today: string, text: string): services.reminderManagement.ReminderRequest {
  const at = `${today}T${pad(time.hour)}:${pad(time.minute)}:00.000`;
  return {
    requestTime: `${today}T00:00:00.000`,
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: at,
      timeZoneId: TIME_ZONE,
      recurrence: { startDateTime: at, recurrenceRules: [dailyRule(time)] },
    },
    alertInfo: { spokenInfo: { content: [{ locale: 'nl-NL', text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

function failureOf(error: unknown): RemindersError {
  const status = (error as { statusCode?: number }).statusCode;
  return new RemindersError(status === 401 || status === 403 ? 'noPermission' : 'failed');
}

function client(input: HandlerInput): services.reminderManagement.ReminderManagementServiceClient {
  const factory = input.serviceClientFactory;
  if (!factory) throw new RemindersError('failed');
  return factory.getReminderManagementServiceClient();
}

/**
 * One API call, within the turn's deadline when it gives one: the SDK's client cannot be
 * aborted, so the turn stops waiting for it (and says the reminders failed) instead.
 */
async function call<T>(action: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) throw new RemindersError('failed');
  let onAbort: (() => void) | undefined;
  const deadline = new Promise<never>((_, reject) => {
    onAbort = () => reject(new RemindersError('failed'));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([action(), deadline]);
  } catch (error) {
    throw error instanceof RemindersError ? error : failureOf(error);
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

export async function createDailyReminders(
  input: HandlerInput,
  times: readonly ClockTime[],
  today: string,
  text: string,
  signal?: AbortSignal,
): Promise<void> {
  const reminders = client(input);
  for (const time of times) await call(() => reminders.createReminder(dailyReminderRequest(time, today, text)), signal);
}

/** This skill's reminders for the user: the API only returns the calling skill's own. */
async function ours(input: HandlerInput, signal?: AbortSignal): Promise<services.reminderManagement.Reminder[]> {
  const answer = await call(() => client(input).getReminders(), signal);
  return (answer.alerts ?? []).filter((alert) => alert.status !== 'COMPLETED');
}

export async function listReminderTimes(input: HandlerInput, signal?: AbortSignal): Promise<ClockTime[]> {
  const alerts = await ours(input, signal);
  return reminderTimes(alerts.flatMap((alert) => (alert.trigger?.recurrence?.recurrenceRules ?? []).map(timeOfRule)));
}

export async function deleteAllReminders(input: HandlerInput, signal?: AbortSignal): Promise<number> {
  const alerts = await ours(input, signal);
  const reminders = client(input);
  for (const alert of alerts) if (alert.alertToken) await call(() => reminders.deleteReminder(alert.alertToken as string), signal);
  return alerts.length;
}
