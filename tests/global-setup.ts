/**
 * Before any test: the compiled CLI must match the sources, since the CLI contract tests spawn
 * the binary as a user runs it (packages/cli/bin → packages/cli/dist). Rebuilt only when a
 * source is newer than the build. Says so at once, so a run prints something from the start.
 */
export default async function setup(): Promise<void> {
  // @ts-expect-error: a plain JavaScript build script, without type declarations
  const { buildGloss, isUpToDate } = await import('../packages/cli/scripts/build.js');
  if (isUpToDate()) {
    process.stdout.write('gloss: compiled CLI up to date (packages/cli/dist)\n');
    return;
  }
  process.stdout.write('gloss: building the compiled CLI (packages/cli/dist) for the CLI tests…\n');
  await buildGloss();
}
