// Entry of a `gloss versions` worker thread run from the TypeScript sources with tsx (as
// packages/batch/src/worker.js is for gloss batch).
import { register } from 'tsx/esm/api';

register();
const mod = await import('./versions-worker.ts');

export default mod.default;
