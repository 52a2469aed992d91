import { type CliIo, UsageError } from '../io.ts';

// Placeholder until the lesson command lands.
export async function run(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError('gloss lesson is not available yet');
}
