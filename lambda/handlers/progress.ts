import type { ProgressAspect } from '../flows/progress';
import { progress } from '../flows/progress';
import { tooEasy } from '../flows/tooEasy';
import { handler, isIntent } from './common';
import { customSlot, lookUp } from './slots';

const ASPECTS: ReadonlyMap<string, ProgressAspect> = new Map([
  ['vandaag', 'vandaag'],
  ['week', 'week'],
  ['startblok', 'startblok'],
]);

export const ProgressHandler = handler(
  (input) => isIntent(input, 'ProgressIntent'),
  (ctx, input) => {
    const slot = customSlot(input, 'aspect');
    return progress(ctx, slot.kind === 'matched' ? lookUp(ASPECTS, slot.value) : undefined);
  },
);

/** "Het is te makkelijk": a stronger floor, so offer to measure the startblok again. */
export const EasyHandler = handler(
  (input) => isIntent(input, 'EasyIntent'),
  (ctx) => tooEasy(ctx),
);
