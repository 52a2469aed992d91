import { type CliIo, UsageError } from '../io.ts';

// Placeholder until the merge command lands.
export async function run(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError('gloss merge is not available yet');
}
