/**
 * The content kinds the portal publishes: one line per kind. Adding a kind is its folder
 * under src/kinds/ plus one line here (docs/content-model.md, "Adding a kind").
 */
export { default as plan } from './plan/kind.ts';
export { default as policy } from './policy/kind.ts';
export { default as interpretation } from './interpretation/kind.ts';
export { default as release } from './release/kind.ts';
export { default as report } from './report/kind.ts';
export { default as article } from './article/kind.ts';
export { default as reply } from './reply/kind.ts';
export { default as project } from './project/kind.ts';
export { default as stage } from './stage/kind.ts';
export { default as consultation } from './consultation/kind.ts';
export { default as feedback } from './feedback/kind.ts';
