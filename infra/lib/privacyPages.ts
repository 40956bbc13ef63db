import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Node } from 'constructs';
import { CONSENT_VERSION } from '../../lambda/domain/consent';
import { fillPlaceholders, htmlPage } from './markdown';
import { PAGE_OUTPUT, PAGE_PATH, PUBLISHER_CONTEXT, PUBLISHER_PLACEHOLDER } from './privacyPageNames';
import { projectRoot } from './projectRoot';

/** Pinned: a new function URL would be a new address, and the skill manifest would point at a dead page. */
export const PAGE_LOGICAL_IDS = { function: 'PrivacyPagesFunction', url: 'PrivacyPagesUrl' } as const;

export interface Publisher {
  readonly name: string;
  readonly contact: string;
}

/** The publisher from the CDK context, or undefined while the deployer has not named one. */
export function publisherFrom(node: Node): Publisher | undefined {
  const name: unknown = node.tryGetContext(PUBLISHER_CONTEXT.name);
  const contact: unknown = node.tryGetContext(PUBLISHER_CONTEXT.contact);
  if (name === undefined && contact === undefined) return undefined;
  if (typeof name !== 'string' || name.trim() === '' || typeof contact !== 'string' || contact.trim() === '') {
    throw new Error(
      `Name the publisher with both -c ${PUBLISHER_CONTEXT.name}="…" and -c ${PUBLISHER_CONTEXT.contact}="…" ` +
        '(an e-mail address or web page), or with neither.',
    );
  }
  return { name: name.trim(), contact: contact.trim() };
}

/** PRIVACY.md and TERMS.md as HTML, keyed by path, with the publisher (or the visible placeholder) filled in. */
export function renderPages(publisher: Publisher | undefined, root: string = projectRoot()): Record<string, string> {
  const values = {
    publisherName: publisher?.name ?? PUBLISHER_PLACEHOLDER.name,
    publisherContact: publisher?.contact ?? PUBLISHER_PLACEHOLDER.contact,
    privacyVersion: CONSENT_VERSION,
  };
  const page = (file: string) => htmlPage(fillPlaceholders(readFileSync(join(root, 'skill-package', file), 'utf8'), values));
  const privacy = page('PRIVACY.md');
  const terms = page('TERMS.md');
  const index = htmlPage(
    `# Bekkenbodem coach\n\n- [Privacyverklaring](${PAGE_PATH.privacy})\n- [Gebruiksvoorwaarden](${PAGE_PATH.terms})\n`,
  );
  return { [PAGE_PATH.privacy]: privacy, [PAGE_PATH.terms]: terms, '/': index };
}

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'public, max-age=3600',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000',
};

/**
 * The page function's whole source: the pages are baked in at synth time, so it reads nothing,
 * stores nothing and logs nothing (a visitor's address never reaches our logs).
 */
export function pageServerSource(pages: Record<string, string>): string {
  return `'use strict';
const PAGES = ${JSON.stringify(pages)};
const HEADERS = ${JSON.stringify(HEADERS)};
exports.handler = async (event) => {
  const method = (event && event.requestContext && event.requestContext.http && event.requestContext.http.method) || 'GET';
  if (method !== 'GET' && method !== 'HEAD') return { statusCode: 405, headers: { ...HEADERS, allow: 'GET, HEAD' }, body: '' };
  const path = ((event && event.rawPath) || '/').replace(/\\/+$/, '') || '/';
  const body = PAGES[path];
  if (body === undefined) return { statusCode: 404, headers: HEADERS, body: PAGES['/'] };
  return { statusCode: 200, headers: HEADERS, body: method === 'HEAD' ? '' : body };
};
`;
}

/** A folder with index.js, named after its content, so synth stays offline and the asset hash is stable. */
function writeServer(source: string): string {
  const dir = join(tmpdir(), `bekkenbodem-pages-${createHash('sha256').update(source).digest('hex').slice(0, 16)}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.js'), source);
  return dir;
}

/**
 * The privacy notice and the terms, published by the deployment itself: a small function behind a
 * public function URL (HTTPS by AWS, no bucket, no CDN, no custom resource). Its URLs are stack
 * outputs that `npm run skill:endpoint` writes into skill-package/skill.json.
 */
export class PrivacyPages extends Construct {
  readonly url: lambda.FunctionUrl;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const publisher = publisherFrom(this.node);
    const fn = new lambda.Function(this, 'Function', {
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      code: lambda.Code.fromAsset(writeServer(pageServerSource(renderPages(publisher)))),
      handler: 'index.handler',
      memorySize: 128,
      timeout: Duration.seconds(3),
      logGroup: new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_WEEK, removalPolicy: RemovalPolicy.DESTROY }),
      description: 'Bekkenbodem coach: serves the privacy notice and the terms of use',
    });
    (fn.node.defaultChild as lambda.CfnFunction).overrideLogicalId(PAGE_LOGICAL_IDS.function);
    this.url = fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
    (this.url.node.defaultChild as lambda.CfnUrl).overrideLogicalId(PAGE_LOGICAL_IDS.url);

    // On the stack itself, so the output names in cdk-outputs.json carry no construct hash.
    const stack = Stack.of(this);
    new CfnOutput(stack, PAGE_OUTPUT.privacyPolicyUrl, {
      value: `${this.url.url}${PAGE_PATH.privacy.slice(1)}`,
      description: 'manifest.privacyAndCompliance.locales.nl-NL.privacyPolicyUrl in skill-package/skill.json',
    });
    new CfnOutput(stack, PAGE_OUTPUT.termsOfUseUrl, {
      value: `${this.url.url}${PAGE_PATH.terms.slice(1)}`,
      description: 'manifest.privacyAndCompliance.locales.nl-NL.termsOfUseUrl in skill-package/skill.json',
    });
    if (publisher) new CfnOutput(stack, PAGE_OUTPUT.publisher, { value: publisher.name });
  }
}
