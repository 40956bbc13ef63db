import type { TextKey, Translate } from '../speech/translator';
import type { AplCommand, AplDocument, ScreenDirective } from './apl';
import { COLOUR, column, renderDocument, text } from './apl';
import type { Moment, Phase, ScreenTimeline } from './timeline';

/**
 * One exercise response as a picture: the name, "3 van 6", a shape that grows on the
 * exhale-contract, stays through the hold and shrinks on the inhale-release (a calm,
 * slower swell for breathing), and the seconds left in each pause. The document's onMount
 * runs one Sequential whose durations are the timeline's, so it plays in step with the
 * speech that starts with it.
 */
export const ID = { counter: 'counter', phase: 'phase', seconds: 'seconds', shape: 'shape', bar: 'bar' } as const;

/**
 * The document's own commands (user-defined commands, APL 1.1): each step of the timeline
 * then costs a few bytes ({"type":"Tick","v":"nog 9 s"}) instead of a whole SetValue or
 * AnimateItem, which keeps twelve quick contractions well inside the response size limit.
 */
function ownCommands(): AplDocument['commands'] {
  return {
    Tick: { parameters: ['v'], commands: [setValue(ID.seconds, '${v}')] },
    Phase: { parameters: ['v'], commands: [setValue(ID.phase, '${v}'), setValue(ID.seconds, '')] },
    Count: { parameters: ['v'], commands: [setValue(ID.counter, '${v}')] },
    Shape: {
      parameters: ['a', 'b', 'ms'],
      commands: [
        {
          type: 'AnimateItem',
          componentId: ID.shape,
          duration: '${ms}',
          easing: 'ease-in-out',
          value: [{ property: 'transform', from: [{ scale: '${a}' }], to: [{ scale: '${b}' }] }],
        },
      ],
    },
    Bar: {
      parameters: ['ms'],
      commands: [
        {
          type: 'AnimateItem',
          componentId: ID.bar,
          duration: '${ms}',
          value: [{ property: 'transform', from: [{ scaleX: 1 }], to: [{ scaleX: 0 }] }],
        },
      ],
    },
  };
}

const PHASE_TEXT: Record<Exclude<Phase, 'counter'>, TextKey> = {
  ready: 'screen.phase.ready',
  contract: 'screen.phase.contract',
  ease: 'screen.phase.ease',
  relax: 'screen.phase.relax',
  hold: 'screen.phase.hold',
  rest: 'screen.phase.rest',
  inhale: 'screen.phase.inhale',
  exhale: 'screen.phase.exhale',
  breathe: 'screen.phase.breathe',
};

const SHAPE_DP = 260;
/** The shape's scale at rest and at full effort; a breath moves less than a squeeze. */
const SCALE = { squeeze: { low: 0.35, high: 1 }, breath: { low: 0.55, high: 0.85 } } as const;

const setValue = (componentId: string, value: string): AplCommand => ({ type: 'SetValue', componentId, property: 'text', value });

function scaleOf(style: ScreenTimeline['style'], shape: number): number {
  const { low, high } = SCALE[style];
  return Math.round((low + (high - low) * shape) * 1000) / 1000;
}

/** The seconds left, one Tick a second, beside a bar that drains over the pause. */
function countdown(moment: Moment, t: Translate): AplCommand[] {
  const whole = Math.floor(moment.ms / 1000);
  const ticks = Array.from({ length: whole }, (_, i): AplCommand => ({
    type: 'Tick',
    v: t('screen.seconds', { seconds: whole - i }),
    delay: i === 0 ? undefined : 1000,
  }));
  return [
    { type: 'Bar', ms: moment.ms },
    { type: 'Sequential', commands: ticks },
  ];
}

function momentCommands(moment: Moment, from: number, timeline: ScreenTimeline, t: Translate): AplCommand[] {
  const commands: AplCommand[] = [];
  if (moment.counter) commands.push({ type: 'Count', v: t('screen.counter', moment.counter) });
  if (moment.phase !== 'counter') commands.push({ type: 'Phase', v: t(PHASE_TEXT[moment.phase]) });
  if (moment.ms === 0) return commands;
  const timed: AplCommand[] = [];
  const to = scaleOf(timeline.style, moment.shape);
  if (to !== from) timed.push({ type: 'Shape', a: from, b: to, ms: moment.ms });
  if (moment.pause && moment.ms >= 1000) timed.push(...countdown(moment, t));
  if (timed.length === 0) commands.push({ type: 'Idle', delay: moment.ms });
  else commands.push(timed.length === 1 ? timed[0] : { type: 'Parallel', commands: timed });
  return commands;
}

export function exerciseCommands(timeline: ScreenTimeline, t: Translate): AplCommand[] {
  let scale = scaleOf(timeline.style, 0);
  const commands: AplCommand[] = [];
  for (const moment of timeline.moments) {
    commands.push(...momentCommands(moment, scale, timeline, t));
    scale = scaleOf(timeline.style, moment.shape);
  }
  commands.push({ type: 'Phase', v: '' });
  return [{ type: 'Sequential', commands }];
}

export function exerciseScreen(timeline: ScreenTimeline, t: Translate): ScreenDirective {
  const colour = timeline.style === 'breath' ? COLOUR.breath : COLOUR.squeeze;
  const first = timeline.moments.find((m) => m.counter)?.counter;
  const start = scaleOf(timeline.style, 0);
  const item = column([
    text(undefined, t(timeline.title), 40),
    text(ID.counter, first ? t('screen.counter', first) : '', 28, COLOUR.muted),
    {
      type: 'Container',
      width: `${SHAPE_DP + 40}dp`,
      height: `${SHAPE_DP + 40}dp`,
      alignItems: 'center',
      justifyContent: 'center',
      item: {
        type: 'Frame',
        id: ID.shape,
        width: `${SHAPE_DP}dp`,
        height: `${SHAPE_DP}dp`,
        borderRadius: `${SHAPE_DP / 2}dp`,
        backgroundColor: colour,
        transform: [{ scale: start }],
      },
    },
    text(ID.phase, t(PHASE_TEXT.ready), 36),
    text(ID.seconds, '', 32, COLOUR.muted),
    {
      type: 'Frame',
      width: '60vw',
      height: '12dp',
      backgroundColor: COLOUR.track,
      item: { type: 'Frame', id: ID.bar, width: '60vw', height: '12dp', backgroundColor: colour, transform: [{ scaleX: 0 }] },
    },
  ]);
  return renderDocument('exercise', item, exerciseCommands(timeline, t), ownCommands());
}
