import { relative } from 'node:path';
import { analyzeDocument } from '@gloss/analysis';
import { parseDocument } from '@gloss/document';
import { buildLesson } from '@gloss/lesson';
import { formatLessonHtml, formatLessonJson, formatLessonMarkdown } from '@gloss/report';
import { analysisOptions, loadCheckedConfig } from '../config.ts';
import { type CliIo, parseCommand, pickFormat, readInput, UsageError } from '../io.ts';

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
  --config FILE           config file for the analysis (as for gloss analyze)

Example:
  gloss lesson article.txt --format html --answer-key > key.html
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand('lesson', argv, io, HELP, {
    format: { type: 'string' },
    'answer-key': { type: 'boolean' },
    config: { type: 'string' },
  });
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`lesson takes one FILE, got ${positionals.length}`);
  const format = pickFormat(values.format, ['md', 'html', 'json'] as const, io, 'md');
  const config = loadCheckedConfig(values.config, io);
  const input = await readInput(positionals[0], io);
  const doc = parseDocument(input.text);
  const analysis = analyzeDocument(doc, analysisOptions(config));
  const lesson = buildLesson(doc, analysis);
  const name = input.name === '-' ? 'standard input' : relative(process.cwd(), input.name) || input.name;
  const options = { name, answerKey: values['answer-key'] === true };
  if (format === 'json') io.stdout(formatLessonJson(doc, analysis, lesson, options));
  else if (format === 'html') io.stdout(formatLessonHtml(doc, analysis, lesson, options));
  else io.stdout(formatLessonMarkdown(doc, analysis, lesson, options));
  return 0;
}
