/**
 * Before any test: the compiled CLI must match the sources, since the CLI contract tests spawn
 * the binary as a user runs it (packages/cli/bin → packages/cli/dist). Rebuilt only when a
 * source is newer than the build.
 */
export default async function setup(): Promise<void> {
  // @ts-expect-error: a plain JavaScript build script, without type declarations
  const { buildGloss, isUpToDate } = await import('../packages/cli/scripts/build.js');
  if (!isUpToDate()) await buildGloss();
}
