#!/usr/bin/env node
// Runs the compiled CLI: packages/cli/dist, built from the TypeScript sources on install
// (`prepare`) or by `pnpm build`. Nothing is compiled at run time.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/gloss.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('gloss: not built yet; run `npx --yes pnpm@12.4.2 build` (install does it)\n');
  process.exit(2);
}
// Stack traces are printed only with GLOSS_DEBUG; mapping them back to the sources costs start-up.
if (process.env.GLOSS_DEBUG) process.setSourceMapsEnabled(true);
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
