import { type CliIo, UsageError } from '../io.ts';

// Placeholder until the tui command lands.
export async function run(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError('gloss tui is not available yet');
}
