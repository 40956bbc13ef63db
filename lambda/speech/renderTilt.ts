import type { TiltCueId, TiltPlan, TiltStep } from '../domain/pelvicTilt';
import { capitalised, numberWord } from './renderPlan';
import type { Speech } from './ssml';
import { join, say, silence } from './ssml';
import type { TextKey, Translate } from './translator';

const CUE_TEXT: Record<TiltCueId, TextKey> = {
  hollowBack: 'tilt.hollowBack',
  roundBack: 'tilt.roundBack',
  prepareBlow: 'tilt.prepareBlow',
  blowIntoFist: 'tilt.blowIntoFist',
  letGo: 'tilt.letGo',
};

/** A settling pause after the introduction, before the first breath. */
const SETTLE_SECONDS = 2;

/** The spoken cue of one tilt step; its silence follows it. */
export function renderTiltCue(step: TiltStep, t: Translate): Speech {
  const number = step.tilt === undefined ? '' : numberWord(t, step.tilt);
  return say(capitalised(t(CUE_TEXT[step.cue], { number })));
}

/** What is said before the first breath: the introduction and a settling pause. */
export function renderTiltIntro(t: Translate): Speech {
  return join(say(t('tilt.intro')), silence(SETTLE_SECONDS));
}

function renderStep(step: TiltStep, t: Translate): Speech {
  return join(renderTiltCue(step, t), silence(step.seconds));
}

/** The whole guided tilt: introduction, every cue with its timed breath, and the closing words. */
export function renderPelvicTilt(plan: TiltPlan, t: Translate): Speech {
  return join(renderTiltIntro(t), ...plan.steps.map((step) => renderStep(step, t)), say(t('tilt.done')));
}
