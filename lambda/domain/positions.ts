import type { Position } from './timeline';

/** "Oefen in allerlei houdingen" (leaflet 001): without a choice, the day's sessions rotate. */
export const POSITION_ROTATION: readonly Position[] = ['zittend', 'liggend', 'staand'];

/**
 * The day's position: the one chosen, else the next in the rotation. Pregnant, the rotation
 * skips lying on the back (a heavy womb on the back is what midwives advise against later in
 * pregnancy); asked for, it is still given.
 */
export function positionFor(sessionsToday: number, chosen?: Position, pregnant = false): Position {
  if (chosen) return chosen;
  const rotation = pregnant ? POSITION_ROTATION.filter((p) => p !== 'liggend') : POSITION_ROTATION;
  return rotation[Math.max(0, Math.floor(sessionsToday)) % rotation.length];
}

export function isPosition(value: unknown): value is Position {
  return typeof value === 'string' && (POSITION_ROTATION as readonly string[]).includes(value);
}
