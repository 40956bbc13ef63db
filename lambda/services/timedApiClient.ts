import type { services } from 'ask-sdk-model';

/**
 * The SDK's own HTTP client (DefaultApiClient) has no timeout; Alexa waits about 8 s for the
 * whole answer, so a hanging Alexa API must not take the reply down with it.
 */
export class TimedApiClient implements services.ApiClient {
  constructor(
    private readonly inner: services.ApiClient,
    private readonly timeoutMs: number,
  ) {}

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('Alexa API timed out'), { name: 'TimeoutError' })), this.timeoutMs);
    });
    return Promise.race([this.inner.invoke(request), timeout]).finally(() => clearTimeout(timer));
  }
}
