import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '../../tools/nlu/interactionModel';
import { FALLBACK_INTENT, Resolver } from '../../tools/nlu/resolve';
import { LAMBDA_ARN, MANIFEST_PATH, SKILL_PACKAGE } from '../../tools/deploy/skillManifest';

const text = readFileSync(MANIFEST_PATH, 'utf8');
const { manifest } = JSON.parse(text);
const nl = manifest.publishingInformation.locales['nl-NL'];
const resolver = new Resolver(loadModel());

/** What the tester or user is told to say, in single quotes, resolves to a real intent. */
function quotedUtterances(prose: string): string[] {
  return [...prose.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

function understood(utterance: string): boolean {
  const invocation = resolver.invocationOf(utterance);
  if (invocation.kind === 'launch') return true;
  const words = invocation.kind === 'oneShot' ? invocation.utterance : utterance;
  return resolver.resolve(words).intent !== FALLBACK_INTENT;
}

function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('skill.json', () => {
  it('names the skill and describes it in Dutch within the store limits, with the health disclaimer', () => {
    expect(Object.keys(manifest.publishingInformation.locales)).toEqual(['nl-NL']);
    expect(nl.name).toBe('Bekkenbodem coach');
    expect(nl.summary.length).toBeLessThanOrEqual(160);
    expect(nl.description.length).toBeLessThanOrEqual(4000);
    expect(nl.description).toContain('geen medisch advies');
    expect(nl.description).toContain('vervangt geen huisarts of bekkenfysiotherapeut');
    expect(nl.keywords.length).toBeGreaterThanOrEqual(3);
    expect(nl.keywords.length).toBeLessThanOrEqual(30);
  });

  it('only quotes phrases the interaction model understands, in the description and the testing instructions', () => {
    const quoted = [...quotedUtterances(nl.description), ...quotedUtterances(manifest.publishingInformation.testingInstructions)];
    expect(quoted.length).toBeGreaterThanOrEqual(8);
    expect(quoted.filter((utterance) => !understood(utterance))).toEqual([]);
  });

  it('is distributed in the Netherlands and Belgium only, as a health and fitness skill', () => {
    expect(manifest.publishingInformation).toMatchObject({
      isAvailableWorldwide: false,
      distributionCountries: ['NL', 'BE'],
      distributionMode: 'PUBLIC',
      category: 'HEALTH_AND_FITNESS',
    });
  });

  it('ships its icons in the package, 108 and 512 pixels square', () => {
    const icon = (uri: string) => {
      expect(uri).toMatch(/^file:\/\/assets\/images\/.+\.png$/);
      return pngSize(join(SKILL_PACKAGE, uri.replace('file://', '')));
    };
    expect(icon(nl.smallIconUri)).toEqual({ width: 108, height: 108 });
    expect(icon(nl.largeIconUri)).toEqual({ width: 512, height: 512 });
  });

  it('says truthfully that it keeps personal information (a startblok and training counts per Alexa user), and nothing else applies', () => {
    expect(manifest.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: true,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
    expect(manifest.privacyAndCompliance.locales['nl-NL'].privacyPolicyUrl).toMatch(/^https:\/\//);
  });

  it('asks only the reminders permission and subscribes only to SKILL_DISABLED: the features that use them exist', () => {
    expect(manifest.permissions).toEqual([{ name: 'alexa::alerts:reminders:skill:readwrite' }]);
    expect(manifest.events.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
    if (manifest.events.endpoint !== undefined) expect(manifest.events.endpoint.uri).toMatch(LAMBDA_ARN);
  });

  it('has no endpoint in the repository, or the unqualified ARN of a deployed function', () => {
    const endpoint = manifest.apis.custom.endpoint;
    if (endpoint !== undefined) expect(endpoint.uri).toMatch(LAMBDA_ARN);
    expect(Object.keys(manifest.apis)).toEqual(['custom']);
  });

  it('is formatted as `npm run skill:endpoint` writes it, so that step changes only the endpoint', () => {
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });
});

describe('ask-resources.json', () => {
  it('gives ask-cli the skill package only: the CDK app owns the code and the infrastructure', () => {
    expect(JSON.parse(readFileSync(join(SKILL_PACKAGE, '..', 'ask-resources.json'), 'utf8'))).toEqual({
      askcliResourcesVersion: '2020-03-31',
      profiles: { default: { skillMetadata: { src: './skill-package' } } },
    });
  });
});
