// The shared types and helpers both the build plugin and the app import.
export type * from './article';
export type * from './manifest';
export { articleShard } from './shard';
export { safeHttpUrl, safeImageUrl } from './url';
