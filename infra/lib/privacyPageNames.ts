/**
 * Names the privacy pages share between the CDK app and tools/deploy. Plain data, so reading
 * them does not load aws-cdk-lib.
 */
export const PAGE_OUTPUT = {
  privacyPolicyUrl: 'PrivacyPolicyUrl',
  termsOfUseUrl: 'TermsOfUseUrl',
  /** Present only when the deployer named the publisher: the release check requires it. */
  publisher: 'PrivacyPublisher',
} as const;

/** The paths the page function serves. */
export const PAGE_PATH = { privacy: '/privacy', terms: '/voorwaarden' } as const;

/** `-c publisherName=… -c publisherContact=…` (or cdk.context.json): the controller named in PRIVACY.md. */
export const PUBLISHER_CONTEXT = { name: 'publisherName', contact: 'publisherContact' } as const;

/** What the pages say while the deployer has not named the publisher; the release check refuses it. */
export const PUBLISHER_PLACEHOLDER = {
  name: '[naam van de uitgever, in te vullen bij het deployen]',
  contact: '[contactadres van de uitgever, in te vullen bij het deployen]',
} as const;
