/**
 * What to do about pain (seed 000, content brief "When to get help"). Pelvic floor exercises
 * should not hurt: pain during an exercise means stop and let go, and a bekkenfysiotherapeut
 * should have a look when it comes back. Severe or persistent pain, or pain together with an
 * alarm signal, is for the huisarts, promptly. Pain during sex and long-standing pelvic pain point
 * to an overactive floor as often as to a weak one, so relaxation comes first, not more squeezing,
 * with a bekkenfysiotherapeut. Nothing here is stored: pain is a symptom.
 */

/**
 * Where the pain is felt: during an exercise (or a squeeze), said while none is running (at the
 * self-test, at launch), during sex, or long-standing in the pelvis.
 */
export type PainSituation = 'exercise' | 'notExercising' | 'sex' | 'chronic';

/** How bad: the PainIntent remarks are mild; the alarm's words (severe, persistent, with fever...) are not. */
export type PainSeverity = 'mild' | 'severeOrPersistent' | 'withAlarmSignals';

export type PainReferral = 'huisarts' | 'bekkenfysiotherapeut' | 'bekkenfysiotherapeutIfItReturns';

export interface PainAdvice {
  /** A running exercise stops; no "shall we go on". */
  readonly stopExercise: true;
  /** Let everything go now. */
  readonly letGo: boolean;
  /** Relaxation before any more strength training. */
  readonly relaxationFirst: boolean;
  /** The relaxation exercise may be offered now (never with severe pain or an alarm). */
  readonly offerRelaxation: boolean;
  readonly referral: PainReferral;
}

export function triagePain(situation: PainSituation, severity: PainSeverity): PainAdvice {
  if (severity !== 'mild') {
    return { stopExercise: true, letGo: true, relaxationFirst: false, offerRelaxation: false, referral: 'huisarts' };
  }
  if (situation === 'exercise' || situation === 'notExercising') {
    // "Stop dan meteen, en laat alles los" only where something is being squeezed.
    const letGo = situation === 'exercise';
    return { stopExercise: true, letGo, relaxationFirst: false, offerRelaxation: true, referral: 'bekkenfysiotherapeutIfItReturns' };
  }
  return { stopExercise: true, letGo: false, relaxationFirst: true, offerRelaxation: true, referral: 'bekkenfysiotherapeut' };
}
