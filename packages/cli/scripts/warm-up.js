// What the build's warm-ups share (scripts/snapshot-entry.js, scripts/code-cache.js): one run of
// `main` with its output thrown away, so that V8 compiles the code a real run of it needs.

/** The terminal and streams of a run whose output nobody reads. */
const discard = {
  stdout: () => {},
  stderr: () => {},
  isTTY: false,
  color: false,
  columns: 80,
  readStdin: async () => new Uint8Array(),
};

/** Runs `gloss ARGS` through `main` without output; rejects when it does not exit 0. */
export async function warmUpRun(main, args) {
  const code = await main(args, discard);
  if (code !== 0) throw new Error(`warming up with gloss ${args.join(' ')} exited ${code}`);
}
