/**
 * Outage or permanent? An outage (throttling, a timeout, a 5xx, a dropped connection) may pass,
 * so the write waits and is tried again. A permanent error (a malformed item, a missing
 * permission, a refused condition) fails the same way every time: retrying it only blocks
 * the saves behind it, so that one write is given up (and counted), and the rest go on.
 */
export type StorageFailure = 'outage' | 'permanent' | 'erased';

/** A write from a session that began before the user's data was erased: never applied. */
export class ErasedError extends Error {
  constructor() {
    super('the data was erased after this session began');
    this.name = 'ErasedError';
  }
}

const OUTAGE_NAMES = new Set([
  'TimeoutError',
  'AbortError',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionConflictException',
  'LimitExceededException',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

export function classifyStorageError(error: unknown): StorageFailure {
  if (error instanceof ErasedError) return 'erased';
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  if (e?.name && OUTAGE_NAMES.has(e.name)) return 'outage';
  if (e?.code && NETWORK_CODES.has(e.code)) return 'outage';
  const status = e?.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return 'outage';
  if (e?.$retryable) return 'outage';
  // No HTTP status at all: the request never got an answer (a socket error without a known code).
  if (status === undefined && e?.name === 'Error' && /socket|connect|network/i.test(String((error as Error).message))) return 'outage';
  return 'permanent';
}
