// The compiled CLI as one CommonJS script (dist/gloss.cjs) compiled with V8's code cache
// (dist/gloss.cjs.cache, made by the build after a warm-up run: scripts/code-cache.js). Node 20
// keeps no compile cache for ES modules (module.enableCompileCache is node 22), and compiling the
// ES module bundle is most of the start-up of a run that does not need compromise; a script
// compiled with `cachedData` takes V8's compiled functions from the cache instead of parsing and
// compiling them again. The build and bin/gloss.js share this file, so the source V8 checks the
// cache against is the same text in both.
// CommonJS, as bin/gloss.js (bin/package.json); the build's ES modules import it by name.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/**
 * The function node's module loader wraps a CommonJS file in. The build writes the bundle already
 * wrapped (scripts/build.js), so the 1.7 MB source is not copied into a new string at every start
 * (joining it to the wrapper and flattening the result took 6-8 ms on this machine).
 */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})'];

/**
 * Compiles `file`, a CommonJS bundle the build wrote inside {@link WRAPPER}, with `cachedData`
 * when given, and runs its top level as node's module loader would; returns its exports and the
 * compiled script (whose `cachedDataRejected` says whether V8 used the cache; when it did not,
 * for a cache made by another node, the script was compiled from its source as usual).
 */
function runCachedScript(file, cachedData) {
  // The build writes the bundle in ASCII (scripts/build.js `asciiOnly`), so Latin-1 gives the same
  // string as UTF-8 without validating 1.7 MB of it (about 5 ms of every run on this machine).
  const source = readFileSync(file, 'latin1');
  // A bundle from before the build wrapped it: wrapped here (its cache, made for it, is then refused).
  const wrapped = source.startsWith(WRAPPER[0]) ? source : `${WRAPPER[0]}${source}${WRAPPER[1]}`;
  const script = new vm.Script(wrapped, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // `import()` inside the bundle (installed ES modules) goes through node's own loader.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}

exports.WRAPPER = WRAPPER;
exports.runCachedScript = runCachedScript;
