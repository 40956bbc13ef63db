/** Storing what the user did and changed: the rules live in skill/persist.ts. */
export type { Work } from '../skill/persist';
export { changeProfile, noteProfile, recordWork } from '../skill/persist';
