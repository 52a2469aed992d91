import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeDocument } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { buildLesson } from '@gloss/lesson';
import { formatLessonHtml, formatLessonJson, formatLessonMarkdown } from '@gloss/report';
import { loadConfig } from '../config.ts';
import { type CliIo, pickFormat, readInput, UsageError } from '../io.ts';

const HELP = `Usage: gloss lesson [FILE|-] [options]

A lesson from one reprinted article: the lead's who/what/where/when, the
organisations and people named, who is quoted and who is anonymous, the site's
questions with the sentences that answer them, and an audit of the questions.
FILE defaults to the seed article in corpus/; - reads standard input.

Options:
  --format md|html|json   md (default): Markdown for a learning platform;
                          html: a printable, self-contained handout;
                          json: the gloss.lesson/1 record
  --answer-key            the teacher's copy: evidence for each question and the audit
  --config FILE           config file for the analysis (rules, disable, allow, deny)

Example:
  gloss lesson article.txt --format html --answer-key > key.html
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'answer-key': { type: 'boolean' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`lesson takes one FILE, got ${positionals.length}`);
  const format = pickFormat(values.format, ['md', 'html', 'json'] as const, io, 'md');
  const { config } = loadConfig(values.config);
  const input = await readInput(positionals[0], io);
  const doc = parseDocument(input.text);
  const analysis = analyzeDocument(doc, {
    ...(config.rules ? { rules: config.rules } : {}),
    ...(config.disable ? { disable: config.disable } : {}),
    ...(config.allow ? { allow: config.allow } : {}),
    ...(config.deny ? { deny: config.deny } : {}),
  });
  const lesson = buildLesson(doc, analysis);
  const name = input.name === '-' ? 'standard input' : relative(process.cwd(), input.name) || input.name;
  const options = { name, answerKey: values['answer-key'] === true };
  if (format === 'json') io.stdout(formatLessonJson(doc, analysis, lesson, options));
  else if (format === 'html') io.stdout(formatLessonHtml(doc, analysis, lesson, options));
  else io.stdout(formatLessonMarkdown(doc, analysis, lesson, options));
  return 0;
}
