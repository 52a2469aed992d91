// Entry of a `gloss batch` worker thread. The repository ships TypeScript sources only, so each
// worker registers tsx (as packages/cli/bin/gloss.js does for the main thread) before loading
// the real worker module.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./worker.ts');

export default mod.default;
