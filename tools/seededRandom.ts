/**
 * A small deterministic stand-in for Math.random (mulberry32): the same seed gives the same
 * sequence, so tests and measurements hear the same variants every run.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plays the given numbers in turn, then starts again: for transcripts that name the variants they expect. */
export function fixedRandom(...values: readonly number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}
