import { getRequestType } from 'ask-sdk-core';
import { launch } from '../flows/launch';
import { handler } from './common';

export const LaunchHandler = handler(
  (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  (ctx) => launch(ctx),
);
