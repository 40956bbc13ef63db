import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  functionArnFrom,
  MANIFEST_PATH,
  pageUrlsFrom,
  releaseProblems,
  urlProblem,
  withEndpoint,
  withPrivacyUrls,
} from '../../tools/deploy/skillManifest';

const ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:BekkenbodemCoach-SkillFunction-AbC123';
const skill = {
  manifest: {
    manifestVersion: '1.0',
    publishingInformation: { category: 'HEALTH_AND_FITNESS' },
    apis: { custom: { interfaces: [] } },
  },
};

describe('writing the endpoint into skill.json', () => {
  it('sets manifest.apis.custom.endpoint.uri and keeps everything else', () => {
    expect(withEndpoint(skill, ARN)).toEqual({
      manifest: {
        manifestVersion: '1.0',
        publishingInformation: { category: 'HEALTH_AND_FITNESS' },
        apis: { custom: { interfaces: [], endpoint: { uri: ARN } } },
      },
    });
    expect(skill.manifest.apis.custom).toEqual({ interfaces: [] });
  });

  it('replaces an earlier endpoint', () => {
    const other = ARN.replace('123456789012', '210987654321');
    expect(withEndpoint(withEndpoint(skill, ARN), other).manifest.apis.custom.endpoint).toEqual({ uri: other });
  });

  it('refuses what is not an unqualified Lambda function ARN', () => {
    for (const wrong of [
      '',
      'amzn1.ask.skill.test',
      `${ARN}:live`,
      ARN.replace('lambda', 'dynamodb'),
      'arn:aws:lambda:eu-west-1:1234:function:x',
    ]) {
      expect(() => withEndpoint(skill, wrong)).toThrow(`Not a Lambda function ARN: "${wrong}"`);
    }
  });

  it('reads the ARN from the file `cdk deploy --outputs-file cdk-outputs.json` writes', () => {
    expect(functionArnFrom({ BekkenbodemCoach: { SkillFunctionArn: ARN, TableName: 'BekkenbodemCoach-SkillTable-X' } })).toBe(ARN);
  });

  it('says which command to run when there is no deploy output yet', () => {
    const hint =
      'cdk-outputs.json has no BekkenbodemCoach.SkillFunctionArn. Run `npx cdk deploy -c skillId=<id> --outputs-file cdk-outputs.json` first';
    expect(() => functionArnFrom(undefined)).toThrow(hint);
    expect(() => functionArnFrom({ OtherStack: { SkillFunctionArn: ARN } })).toThrow(hint);
  });
});

const PRIVACY = 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws/privacy';
const TERMS = 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws/voorwaarden';
const deployed = {
  BekkenbodemCoach: { SkillFunctionArn: ARN, PrivacyPolicyUrl: PRIVACY, TermsOfUseUrl: TERMS, PrivacyPublisher: 'Voorbeeld Zorg B.V.' },
};
const committed = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));

describe('writing the privacy notice and terms into skill.json', () => {
  it('reads the page URLs from the deploy outputs and writes them for nl-NL, keeping the other fields', () => {
    const written = withPrivacyUrls(withEndpoint(committed, ARN), pageUrlsFrom(deployed));
    expect(written.manifest.privacyAndCompliance).toEqual({
      ...committed.manifest.privacyAndCompliance,
      locales: { 'nl-NL': { privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS } },
    });
    expect(releaseProblems(written)).toEqual([]);
  });

  it('refuses a deployment whose pages do not name the publisher', () => {
    const { PrivacyPublisher: _, ...anonymous } = deployed.BekkenbodemCoach;
    expect(() => pageUrlsFrom({ BekkenbodemCoach: anonymous })).toThrow(
      'The deployed privacy page does not name the publisher (the controller). Deploy again with `-c publisherName="<legal name>"',
    );
    expect(() => pageUrlsFrom({ BekkenbodemCoach: { SkillFunctionArn: ARN } })).toThrow(
      'cdk-outputs.json has no BekkenbodemCoach.PrivacyPolicyUrl and TermsOfUseUrl.',
    );
  });

  it('refuses to write placeholder, local or plain-http URLs', () => {
    for (const wrong of [
      'https://example.invalid/bekkenbodem-coach/privacy',
      'https://www.example.com/privacy',
      'https://pages.test/privacy',
      'https://localhost/privacy',
      'http://voorbeeldzorg.nl/privacy',
      'privacy',
      '',
    ]) {
      expect(() => withPrivacyUrls(skill, { privacyPolicyUrl: wrong, termsOfUseUrl: TERMS })).toThrow('privacyPolicyUrl ');
      expect(urlProblem(wrong)).toBeDefined();
    }
    expect(urlProblem('https://voorbeeldzorg.nl/privacy')).toBeUndefined();
  });
});

describe('the release check (npm run skill:check, run by npm run skill:deploy before ask deploy)', () => {
  it('refuses the committed manifest while it keeps the placeholder URLs (a fork that ran skill:endpoint passes)', () => {
    const placeholder = committed.manifest.privacyAndCompliance.locales['nl-NL'].privacyPolicyUrl.includes('example.invalid');
    const problems = releaseProblems(committed).filter((p) => p.includes('is a placeholder'));
    expect(problems).toEqual(
      placeholder
        ? [
            'privacyAndCompliance.locales.nl-NL.privacyPolicyUrl "https://example.invalid/bekkenbodem-coach/privacy" is a placeholder',
            'privacyAndCompliance.locales.nl-NL.termsOfUseUrl "https://example.invalid/bekkenbodem-coach/voorwaarden" is a placeholder',
          ]
        : [],
    );
  });

  it('refuses a manifest with the endpoint set but a placeholder privacy URL left behind', () => {
    const halfway = withEndpoint(committed, ARN);
    expect(releaseProblems(halfway)).toEqual([
      'privacyAndCompliance.locales.nl-NL.privacyPolicyUrl "https://example.invalid/bekkenbodem-coach/privacy" is a placeholder',
      'privacyAndCompliance.locales.nl-NL.termsOfUseUrl "https://example.invalid/bekkenbodem-coach/voorwaarden" is a placeholder',
    ]);
  });

  it('stops skill:deploy before ask-cli runs, with a non-zero exit, on the committed placeholder manifest', async () => {
    const { scripts } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['skill:deploy']).toBe('tsx tools/deploy/releaseCheck.ts && ask deploy');
    const run = promisify(execFile)('npx', ['tsx', 'tools/deploy/releaseCheck.ts'], { cwd: join(__dirname, '..', '..') });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('is a placeholder') });
  }, 30_000);
});
