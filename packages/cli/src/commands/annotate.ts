import { type CliIo, UsageError } from '../io.ts';

// Placeholder until the annotate command lands.
export async function run(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError('gloss annotate is not available yet');
}
