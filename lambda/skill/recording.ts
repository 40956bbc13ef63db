/** Storing what the user did and changed: the rules (the consent gate among them) live in skill/persist.ts. */
export type { Work } from './persist';
export { changeProfile, noteProfile, recordWork } from './persist';
