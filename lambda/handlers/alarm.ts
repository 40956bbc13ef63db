import { alarmSignal } from '../flows/alarm';
import { handler, isIntent } from './common';

export const AlarmSignalHandler = handler(
  (input) => isIntent(input, 'AlarmSignalIntent'),
  (ctx) => alarmSignal(ctx),
);
