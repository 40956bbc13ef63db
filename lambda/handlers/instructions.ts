import { instructions } from '../flows/instructions';
import { handler, isIntent } from './common';

export const InstructionsHandler = handler(
  (input) => isIntent(input, 'InstructionsIntent'),
  (ctx) => instructions(ctx),
);
