import { join } from 'node:path';
import { PAGE_OUTPUT, PUBLISHER_CONTEXT } from '../../infra/lib/privacyPageNames';
import { OUTPUT, OUTPUTS_FILE, STACK_NAME } from '../../infra/lib/stackNames';

export const SKILL_PACKAGE = join(__dirname, '..', '..', 'skill-package');
export const MANIFEST_PATH = join(SKILL_PACKAGE, 'skill.json');

/** Only the part of skill.json the deploy step writes; the rest passes through untouched. */
export interface SkillManifest {
  readonly manifest: {
    readonly apis: { readonly custom: { readonly endpoint?: { readonly uri: string } } & Record<string, unknown> } & Record<
      string,
      unknown
    >;
  } & Record<string, unknown>;
}

/** An unqualified function ARN: Alexa calls the latest code, so a redeploy needs no manifest change. */
export const LAMBDA_ARN = /^arn:aws:lambda:[a-z]{2}(-[a-z]+)+-\d:\d{12}:function:[A-Za-z0-9_-]+$/;

/** The function answers requests and, where the skill subscribes to events (SKILL_DISABLED), those too. */
export function withEndpoint(skill: SkillManifest, functionArn: string): SkillManifest {
  if (!LAMBDA_ARN.test(functionArn)) {
    throw new Error(`Not a Lambda function ARN: "${functionArn}". Expected arn:aws:lambda:<region>:<account>:function:<name>.`);
  }
  const { apis, events } = skill.manifest as SkillManifest['manifest'] & { events?: Record<string, unknown> };
  return {
    ...skill,
    manifest: {
      ...skill.manifest,
      apis: { ...apis, custom: { ...apis.custom, endpoint: { uri: functionArn } } },
      ...(events ? { events: { ...events, endpoint: { uri: functionArn } } } : {}),
    },
  };
}

/** The function ARN from the file `npx cdk deploy --outputs-file` wrote. */
export function functionArnFrom(outputs: unknown): string {
  const arn = (outputs as Record<string, Record<string, unknown> | undefined> | undefined)?.[STACK_NAME]?.[OUTPUT.functionArn];
  if (typeof arn !== 'string') {
    throw new Error(
      `${OUTPUTS_FILE} has no ${STACK_NAME}.${OUTPUT.functionArn}. ` +
        `Run \`npx cdk deploy -c skillId=<id> --outputs-file ${OUTPUTS_FILE}\` first, or pass the ARN: \`npm run skill:endpoint -- <arn>\`.`,
    );
  }
  return arn;
}

/** The locale whose privacy links the deploy step writes. */
export const LOCALE = 'nl-NL';

export interface PageUrls {
  readonly privacyPolicyUrl: string;
  readonly termsOfUseUrl: string;
}

/**
 * What a release may not point at: the reserved example and test domains (RFC 2606/6761), a
 * local address, anything but https. Certification reviewers open these links.
 */
export function urlProblem(url: unknown): string | undefined {
  if (typeof url !== 'string' || url === '') return 'is missing';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL`;
  }
  if (parsed.protocol !== 'https:') return `"${url}" is not https`;
  const host = parsed.hostname.toLowerCase();
  if (/(^|\.)(example|invalid|test|localhost)$/.test(host) || /(^|\.)example\.(com|net|org)$/.test(host) || host === '127.0.0.1') {
    return `"${url}" is a placeholder`;
  }
  return undefined;
}

/** The privacy notice and terms URLs for Alexa, refused when they are placeholders. */
export function withPrivacyUrls(skill: SkillManifest, urls: PageUrls): SkillManifest {
  for (const [field, url] of Object.entries(urls)) {
    const problem = urlProblem(url);
    if (problem) throw new Error(`${field} ${problem}: refusing to write it into skill.json.`);
  }
  const privacy = (skill.manifest.privacyAndCompliance ?? {}) as { locales?: Record<string, Record<string, unknown>> } & Record<
    string,
    unknown
  >;
  const locales = privacy.locales ?? {};
  return {
    ...skill,
    manifest: {
      ...skill.manifest,
      privacyAndCompliance: { ...privacy, locales: { ...locales, [LOCALE]: { ...locales[LOCALE], ...urls } } },
    },
  };
}

/**
 * The page URLs from cdk-outputs.json. A deployment whose pages still carry the placeholder
 * publisher has no publisher output: it is refused here, so it never reaches a manifest.
 */
export function pageUrlsFrom(outputs: unknown): PageUrls {
  const stack = (outputs as Record<string, Record<string, unknown> | undefined> | undefined)?.[STACK_NAME];
  const privacyPolicyUrl = stack?.[PAGE_OUTPUT.privacyPolicyUrl];
  const termsOfUseUrl = stack?.[PAGE_OUTPUT.termsOfUseUrl];
  if (typeof privacyPolicyUrl !== 'string' || typeof termsOfUseUrl !== 'string') {
    throw new Error(
      `${OUTPUTS_FILE} has no ${STACK_NAME}.${PAGE_OUTPUT.privacyPolicyUrl} and ${PAGE_OUTPUT.termsOfUseUrl}. ` +
        `Run \`npx cdk deploy -c skillId=<id> --outputs-file ${OUTPUTS_FILE}\` first.`,
    );
  }
  if (typeof stack?.[PAGE_OUTPUT.publisher] !== 'string') {
    throw new Error(
      'The deployed privacy page does not name the publisher (the controller). Deploy again with ' +
        `\`-c ${PUBLISHER_CONTEXT.name}="<legal name>" -c ${PUBLISHER_CONTEXT.contact}="<e-mail or web page>"\`.`,
    );
  }
  return { privacyPolicyUrl, termsOfUseUrl };
}

/** Everything that keeps a manifest from being deployed: an empty list means it may go. */
export function releaseProblems(skill: SkillManifest): string[] {
  const problems: string[] = [];
  const endpoint = skill.manifest.apis.custom.endpoint?.uri;
  if (endpoint === undefined || !LAMBDA_ARN.test(endpoint)) problems.push('manifest.apis.custom.endpoint.uri is not a Lambda function ARN');
  const urls = (skill.manifest.privacyAndCompliance as { locales?: Record<string, Partial<PageUrls>> } | undefined)?.locales?.[LOCALE];
  for (const field of ['privacyPolicyUrl', 'termsOfUseUrl'] as const) {
    const problem = urlProblem(urls?.[field]);
    if (problem) problems.push(`privacyAndCompliance.locales.${LOCALE}.${field} ${problem}`);
  }
  return problems;
}
