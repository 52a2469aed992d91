import { type CliIo, UsageError } from '../io.ts';

// Placeholder until the compare command lands.
export async function run(_argv: string[], _io: CliIo): Promise<number> {
  throw new UsageError('gloss compare is not available yet');
}
