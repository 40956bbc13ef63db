import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

type AsyncHandler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;
type Callback = (error: Error | null, response?: ResponseEnvelope) => void;

/**
 * ask-sdk-local-debug 1.1.0 calls the handler as handler(event, null, callback) and ignores a
 * returned promise (dist/util/RequestResponseUtils.js), while ours is async: this adapter
 * answers through the callback.
 */
export function callbackStyle(handler: AsyncHandler): (event: RequestEnvelope, context: unknown, callback: Callback) => void {
  return (event, _context, callback) => {
    handler(event).then(
      (response) => callback(null, response),
      (error: Error) => callback(error),
    );
  };
}

/** The entry the debugger loads (--skillEntryFile), once tools/debug/debug.ts has set the environment. */
export const handler = callbackStyle((event) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the environment is set
  const lambda = require('../../lambda/index') as { handler: AsyncHandler };
  return lambda.handler(event);
});
