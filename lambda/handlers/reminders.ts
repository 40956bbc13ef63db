import { getRequestType } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import type { ClockTime } from '../domain/reminderTimes';
import { DEFAULT_TIMES, parseAlexaTime, reminderTimes, spokenTime } from '../domain/reminderTimes';
import type { TextKey } from '../speech/translator';
import { join, say } from '../speech/ssml';
import { parseTimes } from '../skill/dialog';
import { writeSessionState } from '../skill/sessionState';
import type { Turn } from '../skill/turn';
import {
  createDailyReminders,
  deleteAllReminders,
  listReminderTimes,
  REMINDERS_SCOPE,
  RemindersError,
  remindersGranted,
} from '../services/reminders';
import { routineHintOnce } from './routine';
import { handler, isIntent } from './common';
import { ask, askText, tell } from '../skill/reply';

/** Daily reminders through the Alexa Reminders API, with the user's consent asked by voice. */

const CLOCK: Record<ReturnType<typeof spokenTime>['part'], readonly [TextKey, TextKey]> = {
  night: ['reminders.clock.night', 'reminders.clockMinutes.night'],
  morning: ['reminders.clock.morning', 'reminders.clockMinutes.morning'],
  afternoon: ['reminders.clock.afternoon', 'reminders.clockMinutes.afternoon'],
  evening: ['reminders.clock.evening', 'reminders.clockMinutes.evening'],
};

function spoken(turn: Turn, time: ClockTime): string {
  const { hour, minute, part } = spokenTime(time);
  const [whole, withMinutes] = CLOCK[part];
  return turn.t(minute === 0 ? whole : withMinutes, { hour, minute });
}

/** "8 uur 's ochtends, om 1 uur 's middags en om 8 uur 's avonds". */
function spokenTimes(turn: Turn, times: readonly ClockTime[]): string {
  const [a, b, c] = times.map((time) => spoken(turn, time));
  if (c !== undefined) return turn.t('reminders.timeThree', { a, b, c });
  if (b !== undefined) return turn.t('reminders.timeTwo', { a, b });
  return turn.t('reminders.timeOne', { a });
}

function timesSaid(turn: Turn): ClockTime[] {
  const request = turn.input.requestEnvelope.request as { intent?: { slots?: Record<string, { value?: string }> } };
  const slots = request.intent?.slots ?? {};
  return reminderTimes(['time', 'timeTwo', 'timeThree'].map((name) => parseAlexaTime(slots[name]?.value)));
}

function confirm(turn: Turn, times: readonly ClockTime[]): Response {
  return ask(
    turn,
    say(turn.t('reminders.confirm', { count: times.length, times: spokenTimes(turn, times) })),
    say(turn.t('reminders.confirmReprompt')),
    { step: 'confirmReminders', times },
  );
}

/** Asks Alexa to ask the user for the reminders permission; the times travel in the token. */
function askPermission(turn: Turn, times: readonly ClockTime[]): Response {
  writeSessionState(turn.input, { ...turn.state, dialog: { step: 'confirmReminders', times } });
  return turn.input.responseBuilder
    .addDirective({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE },
      token: JSON.stringify(times),
    })
    .getResponse();
}

function failed(turn: Turn, error: unknown): Response {
  turn.deps.log({ event: 'error', error: (error as Error).name });
  if (error instanceof RemindersError && error.failure === 'noPermission') {
    turn.input.responseBuilder.withAskForPermissionsConsentCard([REMINDERS_SCOPE]);
    return tell(turn, say(turn.t('reminders.noPermission')));
  }
  return tell(turn, say(turn.t('reminders.failed')));
}

export async function createConfirmed(turn: Turn, times: readonly ClockTime[]): Promise<Response> {
  try {
    await createDailyReminders(turn.input, times, turn.today, turn.t('reminders.spoken'), turn.signal);
    const created = say(turn.t('reminders.created', { count: times.length, times: spokenTimes(turn, times) }));
    return tell(turn, join(created, await routineHintOnce(turn)));
  } catch (error) {
    return failed(turn, error);
  }
}

export function askOtherTimes(turn: Turn): Response {
  return askText(turn, 'reminders.askTimes', 'reminders.askTimesReprompt', { step: 'askReminderTimes' });
}

export const ReminderHandler = handler(
  (input) => isIntent(input, 'ReminderIntent'),
  (turn) => {
    const said = timesSaid(turn);
    if (said.length === 0 && turn.state.dialog.step === 'askReminderTimes') return askOtherTimes(turn);
    const times = said.length > 0 ? said : [...DEFAULT_TIMES];
    return remindersGranted(turn.input) ? confirm(turn, times) : askPermission(turn, times);
  },
);

/** Alexa's answer to the permission question. */
export const PermissionResponseHandler = handler(
  (input) =>
    getRequestType(input.requestEnvelope) === 'Connections.Response' &&
    (input.requestEnvelope.request as interfaces.connections.ConnectionsRequest).name === 'AskFor',
  (turn) => {
    const request = turn.input.requestEnvelope.request as interfaces.connections.ConnectionsRequest & { token?: string };
    const status = (request.payload as { status?: string } | undefined)?.status;
    if (status === 'ACCEPTED') {
      const fromToken = parseTimes(safeJson(request.token));
      const times = fromToken.length > 0 ? fromToken : [...DEFAULT_TIMES];
      return confirm(turn, times);
    }
    if (status === 'DENIED') return askText(turn, 'reminders.denied', 'reminders.deniedReprompt', { step: 'offerTraining' });
    turn.input.responseBuilder.withAskForPermissionsConsentCard([REMINDERS_SCOPE]);
    return tell(turn, say(turn.t('reminders.notAnswered')));
  },
);

function safeJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads or changes the user's reminders and says the outcome in closing; without the
 * permission there can be none of ours, and an API failure gets its own honest answer.
 */
async function onReminders(turn: Turn, none: TextKey, act: () => Promise<string | undefined>): Promise<Response> {
  if (!remindersGranted(turn.input)) return tell(turn, say(turn.t(none)));
  try {
    return tell(turn, say((await act()) ?? turn.t(none)));
  } catch (error) {
    return failed(turn, error);
  }
}

export const ListRemindersHandler = handler(
  (input) => isIntent(input, 'ListRemindersIntent'),
  (turn) =>
    onReminders(turn, 'reminders.listNone', async () => {
      const times = await listReminderTimes(turn.input, turn.signal);
      return times.length === 0 ? undefined : turn.t('reminders.list', { count: times.length, times: spokenTimes(turn, times) });
    }),
);

export const StopRemindersHandler = handler(
  (input) => isIntent(input, 'StopRemindersIntent'),
  (turn) =>
    onReminders(turn, 'reminders.stoppedNone', async () => {
      const count = await deleteAllReminders(turn.input, turn.signal);
      return count === 0 ? undefined : turn.t('reminders.stopped', { count });
    }),
);
