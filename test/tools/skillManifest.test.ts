import { functionArnFrom, withEndpoint } from '../../tools/deploy/skillManifest';

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
