/**
 * Counters CloudWatch reads from the function's own log lines: Embedded Metric Format (one
 * JSON line on stdout per count), so no SDK call, no extra latency, and no permission beyond
 * writing logs. The skill turns every failure into speech, so Lambda's Errors metric cannot
 * see them; these can (infra/lib/alarms.ts alarms on them). Never a user id, never a value.
 */
export const METRICS_NAMESPACE = 'BekkenbodemCoach';

export const METRIC = {
  /** A database call failed (an outage: timeout, throttle, 5xx). */
  storageFailure: 'StorageFailures',
  /** Completed work or a profile change that will never be stored. */
  saveGivenUp: 'SavesGivenUp',
  /** Work passed to the hand-off queue at the session's end. */
  handedOff: 'HandedOff',
  /** The hand-off queue did not take it either. */
  handoffFailed: 'HandoffFailures',
  /** An erasure ("vergeet mij", or a disabled skill) that failed. */
  deletionFailed: 'DeletionFailures',
  /** The planner refused to build a plan (a rule broken): the user heard the general error. */
  planError: 'PlanErrors',
  /** Any other error answered with the general error. */
  skillError: 'SkillErrors',
} as const;

export type MetricName = (typeof METRIC)[keyof typeof METRIC];
export type Metrics = (name: MetricName, count?: number) => void;

/** One EMF line: the metric with no dimensions (the namespace is this skill's alone). */
export function emfLine(name: MetricName, count: number, timestampMs: number): string {
  return JSON.stringify({
    _aws: {
      Timestamp: timestampMs,
      CloudWatchMetrics: [{ Namespace: METRICS_NAMESPACE, Dimensions: [[]], Metrics: [{ Name: name, Unit: 'Count' }] }],
    },
    [name]: count,
  });
}

/**
 * Straight to stdout: Lambda's console.log puts a timestamp and request id before the line,
 * and CloudWatch reads a metric only from a line that is JSON as a whole.
 */
export const emfMetrics: Metrics = (name, count = 1) => {
  process.stdout.write(`${emfLine(name, count, Date.now())}\n`);
};
export const noMetrics: Metrics = () => undefined;
