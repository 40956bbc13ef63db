/**
 * Structured logs that can never carry what a user said: the fields are a closed set of
 * request types, intent names, dialog steps, handler names and error names. No slot values, no utterances.
 */
export interface LogLine {
  readonly event: 'request' | 'handled' | 'error' | 'storage';
  readonly requestType?: string;
  readonly intent?: string;
  readonly step?: string;
  /** The request handler that answered (buildSkill.ts REQUEST_HANDLERS). */
  readonly handler?: string;
  readonly error?: string;
}

export type Logger = (line: LogLine) => void;

export const consoleLogger: Logger = (line) => console.log(JSON.stringify(line));
export const silentLogger: Logger = () => undefined;
