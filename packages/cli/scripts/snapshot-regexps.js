// Imported first by the start-up snapshot's script (snapshot-entry.js), so that it runs before any
// other module's code. V8 compiles a regular expression run more than once to machine code, and
// node 20's snapshot serializer cannot hold that code: it aborts (a V8 fatal error, "unreachable
// code" in ObjectSerializer::SerializeObject) when such a regular expression is still reachable,
// as after a warm-up run of `lesson`, whose compromise tagging of the whole article runs its
// patterns many times. During the build every regular expression is therefore run by V8's
// regular-expression interpreter (its bytecode is plain data the snapshot keeps); once the warm-up
// is over the flags are set back to node's defaults (snapshot-entry.js calls `restoreRegExpFlags`),
// which the snapshot's flag check requires, and a run started from it compiles the expressions it
// uses often to machine code as any process does.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-interpret-all');

/** Node's defaults again (`--regexp-interpret-all` also turned `--regexp-tier-up` off). */
export function restoreRegExpFlags() {
  setFlagsFromString('--no-regexp-interpret-all');
  setFlagsFromString('--regexp-tier-up');
}
