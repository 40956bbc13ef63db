import type { Position } from './timeline';

/** "Oefen in allerlei houdingen" (leaflet 001): without a choice, the day's sessions rotate. */
export const POSITION_ROTATION: readonly Position[] = ['zittend', 'liggend', 'staand'];

export function positionFor(sessionsToday: number, chosen?: Position): Position {
  return chosen ?? POSITION_ROTATION[Math.max(0, Math.floor(sessionsToday)) % POSITION_ROTATION.length];
}

export function isPosition(value: unknown): value is Position {
  return typeof value === 'string' && (POSITION_ROTATION as readonly string[]).includes(value);
}
