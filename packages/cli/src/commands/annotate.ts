import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { formatAnnotationsHypothesis, formatAnnotationsW3c, textUrn } from '@gloss/report';
import { analysisOptions, loadCheckedConfig } from '../config.ts';
import { type CliIo, parseCommand, pickFormat, readInput, UsageError } from '../io.ts';

const HELP = `Usage: gloss annotate [FILE|-] [options]

Annotations other tools can read, one for every editorial insertion and every
finding, each with a TextQuoteSelector (exact, prefix, suffix) and a
TextPositionSelector (Unicode code points).

Options:
  --format w3c|hypothesis   w3c (default): a W3C Web Annotation JSON-LD AnnotationCollection;
                            hypothesis: the Hypothes.is import shape (uri, target, text, tags, document)
  --uri URL                 the article's address (default: the file's file:// URL, or a
                            urn:gloss:text:… made from the text for standard input)
  --config FILE             config file for the analysis (as for gloss analyze)
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand('annotate', argv, io, HELP, {
    format: { type: 'string' },
    uri: { type: 'string' },
    config: { type: 'string' },
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`annotate takes one FILE, got ${positionals.length}`);
  const format = pickFormat(values.format, ['w3c', 'hypothesis'] as const, io, 'w3c');
  if (values.uri !== undefined && !URL.canParse(values.uri)) {
    throw new UsageError(`--uri ${values.uri} is not an absolute URL (e.g. https://example.org/article)`);
  }
  const config = loadCheckedConfig(values.config, io);
  const input = await readInput(positionals[0], io);
  const doc = parseDocument(input.text);
  const analysis = analyzeDocument(doc, analysisOptions(config));
  const uri =
    values.uri ?? (input.name === '-' ? textUrn(input.text) : pathToFileURL(resolve(input.name)).href);
  const titleBlock = doc.blocks.find((b) => b.kind === 'title');
  const title = titleBlock ? input.text.slice(...titleBlock.range).trim() : uri;
  const options = { uri, title };
  io.stdout(
    format === 'w3c'
      ? formatAnnotationsW3c(doc, analysis, options)
      : formatAnnotationsHypothesis(doc, analysis, options),
  );
  return 0;
}
