#!/usr/bin/env node
// Gloss ships TypeScript sources (no build output is committed or generated);
// tsx compiles them on load.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
