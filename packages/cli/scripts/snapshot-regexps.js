// Imported first by the start-up snapshot's script (snapshot-entry.js), so that it runs before any
// other module's code. V8 compiles a regular expression run more than once to machine code; node
// 20's snapshot serializer usually drops that code, but not for some of the expressions `lesson`
// runs (its entity finder, packages/lesson/src/entities.ts: a warm-up of it alone aborts the build
// with a V8 fatal error, "unreachable code" in ObjectSerializer::SerializeObject, reached through
// VisitCodePointer; of V8's flags only `--regexp-interpret-all` avoids it, and switching it on
// half-way through the warm-up crashes the build). So every regular expression is run by V8's
// regular-expression interpreter during the whole build (its bytecode is plain data the snapshot
// keeps); once the warm-up is over the flags are set back to node's defaults (snapshot-entry.js
// calls `restoreRegExpFlags`), which the snapshot's flag check requires. The price: an expression
// compiled during the build keeps its bytecode in runs from the snapshot (V8 counts it as tiered up
// already; one hot expression alone is 3-6 times slower than a fresh one), which whole runs do not
// show: analyze on 7 KB, 110 KB and 1 MB and lesson on 7, 20 and 110 KB took the same CPU time
// or less than from a snapshot built without it (docs/benchmarks.md).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-interpret-all');

/** Node's defaults again (`--regexp-interpret-all` also turned `--regexp-tier-up` off). */
export function restoreRegExpFlags() {
  setFlagsFromString('--no-regexp-interpret-all');
  setFlagsFromString('--regexp-tier-up');
}
