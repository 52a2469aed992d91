import { type CliIo, UsageError } from '../io.ts';

// Placeholder until the batch command lands.
export async function run(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError('gloss batch is not available yet');
}
