import { getRequestType } from 'ask-sdk-core';
import { writeSessionState } from '../skill/sessionState';
import { handler } from './common';

/**
 * A touch on the screen (Alexa.Presentation.APL.UserEvent): the coach is led by voice, so a
 * tap changes nothing. The session and its state stay as they were, no words, no open mic;
 * a running exercise goes on with the next "ja".
 */
export const ScreenEventHandler = handler(
  (input) => getRequestType(input.requestEnvelope) === 'Alexa.Presentation.APL.UserEvent',
  (turn) => {
    writeSessionState(turn.input, turn.state);
    return turn.input.responseBuilder.getResponse();
  },
);
