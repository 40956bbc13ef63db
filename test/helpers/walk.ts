import type { Conversation, Reply } from './conversation';

/** Says `utterance`, then "ja" to every question until the skill closes (at most `limit` replies). */
export async function walkToEnd(c: Conversation, utterance: string, limit = 20): Promise<Reply[]> {
  const replies = [await c.user(utterance)];
  while (!replies[replies.length - 1].end && replies.length < limit) replies.push(await c.user('ja'));
  if (!replies[replies.length - 1].end) throw new Error(`"${utterance}" did not end within ${limit} replies`);
  return replies;
}
