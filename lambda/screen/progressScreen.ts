import type { Translate } from '../speech/translator';
import type { AplComponent, ScreenDirective } from './apl';
import { COLOUR, column, renderDocument, text } from './apl';

/**
 * Progress as a picture, beside the spoken answer: the last seven days as bars against the
 * daily advice, and the startblok's growth from the first to the current one.
 */
export interface ProgressPicture {
  /** Oldest first, today last: ISO date and sessions trained. */
  readonly days: readonly { readonly date: string; readonly sessions: number }[];
  readonly advice: { readonly min: number; readonly max: number };
  /** Every startblok, oldest first, the current one last. */
  readonly startbloks: readonly { readonly holdSeconds: number; readonly repetitions: number }[];
}

const WEEKDAY = [
  'screen.weekday.sun',
  'screen.weekday.mon',
  'screen.weekday.tue',
  'screen.weekday.wed',
  'screen.weekday.thu',
  'screen.weekday.fri',
  'screen.weekday.sat',
] as const;

const CHART_DP = 180;
const BAR_DP = 48;

/** Day of the week of an ISO date (0 = Sunday), from the date alone: 1 January 1970 was a Thursday. */
export function weekdayOf(date: string): number {
  return (Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000) + 4) % 7;
}

function dayBar(day: ProgressPicture['days'][number], top: number, advice: ProgressPicture['advice'], t: Translate): AplComponent {
  const height = Math.round((Math.min(day.sessions, top) / top) * CHART_DP);
  return column(
    [
      text(undefined, String(day.sessions), 22, COLOUR.muted),
      {
        type: 'Frame',
        width: `${BAR_DP}dp`,
        height: `${Math.max(height, 2)}dp`,
        backgroundColor: day.sessions >= advice.min ? COLOUR.reached : COLOUR.track,
      },
      text(undefined, t(WEEKDAY[weekdayOf(day.date)]), 22),
    ],
    { justifyContent: 'end', height: `${CHART_DP + 70}dp`, paddingLeft: '8dp', paddingRight: '8dp' },
  );
}

function weekChart(picture: ProgressPicture, t: Translate): AplComponent {
  const top = Math.max(picture.advice.max, ...picture.days.map((d) => d.sessions));
  // The advice line sits at the minimum a day, measured from the bars' foot (above the day names).
  const line = Math.round((picture.advice.min / top) * CHART_DP) + 35;
  return {
    type: 'Container',
    direction: 'row',
    alignItems: 'end',
    items: [
      ...picture.days.map((day) => dayBar(day, top, picture.advice, t)),
      {
        type: 'Frame',
        position: 'absolute',
        bottom: `${line}dp`,
        left: '0dp',
        width: `${picture.days.length * (BAR_DP + 16)}dp`,
        height: '2dp',
        backgroundColor: COLOUR.squeeze,
      },
    ],
  };
}

function growth(picture: ProgressPicture, t: Translate): AplComponent {
  if (picture.startbloks.length === 0) return text(undefined, t('screen.progress.noStartblok'), 26, COLOUR.muted);
  const largest = Math.max(...picture.startbloks.map((s) => s.holdSeconds * s.repetitions));
  return {
    type: 'Container',
    direction: 'row',
    alignItems: 'end',
    items: picture.startbloks.map((s) =>
      column(
        [
          {
            type: 'Frame',
            width: '36dp',
            height: `${Math.round(((s.holdSeconds * s.repetitions) / largest) * 80) + 4}dp`,
            backgroundColor: COLOUR.breath,
          },
          text(undefined, t('screen.progress.startblok', { hold: s.holdSeconds, repetitions: s.repetitions }), 20),
        ],
        { paddingLeft: '10dp', paddingRight: '10dp' },
      ),
    ),
  };
}

export function progressScreen(picture: ProgressPicture, t: Translate): ScreenDirective {
  return renderDocument(
    'progress',
    column([
      text(undefined, t('screen.progress.week'), 34),
      text(undefined, t('screen.progress.advice', picture.advice), 22, COLOUR.muted),
      weekChart(picture, t),
      text(undefined, t('screen.progress.growth'), 30),
      growth(picture, t),
    ]),
  );
}
