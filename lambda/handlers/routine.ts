import { routine } from '../flows/routine';
import { handler, isIntent } from './common';

export const RoutineHandler = handler(
  (input) => isIntent(input, 'RoutineIntent'),
  (ctx) => routine(ctx),
);
