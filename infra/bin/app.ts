import { App } from 'aws-cdk-lib';
import { defineSkillApp } from '../lib/skillApp';

try {
  defineSkillApp(new App());
} catch (error) {
  // A missing skill ID or bundle is a usage error: say what to do, without a stack trace.
  console.error(`\n${(error as Error).message}\n`);
  process.exitCode = 1;
}
