import { explain, timeLeft } from '../flows/explain';
import type { TextKey } from '../speech/translator';
import { handler, isIntent } from './common';
import { customSlot, lookUp } from './slots';

/** The TERM slot type's value names and what explains each. */
const TERMS: ReadonlyMap<string, TextKey> = new Map<string, TextKey>([
  ['startblok', 'explain.startblok'],
  ['snelle knijpjes', 'explain.quick'],
  ['lift', 'explain.lift'],
  ['kringspier', 'explain.sphincter'],
  ['lagen', 'explain.layers'],
  ['kanteling', 'explain.tilt'],
]);

export const ExplainHandler = handler(
  (input) => isIntent(input, 'ExplainIntent'),
  (ctx, input) => {
    const term = customSlot(input, 'term');
    return explain(ctx, term.kind === 'matched' ? lookUp(TERMS, term.value) : undefined);
  },
);

export const TimeLeftHandler = handler(
  (input) => isIntent(input, 'TimeLeftIntent'),
  (ctx) => timeLeft(ctx),
);
