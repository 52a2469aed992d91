import { extname } from 'node:path';

/** What each `-o` extension means, most specific format first. */
const BY_EXTENSION: Record<string, readonly string[]> = {
  '.html': ['html'],
  '.htm': ['html'],
  '.md': ['md'],
  '.markdown': ['md'],
  '.json': ['json', 'w3c'],
  '.jsonld': ['w3c', 'json'],
  '.txt': ['text', 'pretty', 'md'],
};

/**
 * The format `-o FILE` asks for by its extension, when `--format` is not given:
 * `gloss lesson -o handout.html` writes HTML, not Markdown into a .html file.
 * `undefined` for an extension that names no format (the command's default applies);
 * an error message when the extension names a format the command cannot write.
 */
export function formatFromOutput<T extends string>(
  output: string,
  allowed: readonly T[],
): { format: T } | { error: string } | undefined {
  const ext = extname(output).toLowerCase();
  const wanted = BY_EXTENSION[ext];
  if (!wanted) return undefined;
  const format = wanted.find((f) => allowed.includes(f as T));
  if (format) return { format: format as T };
  return { error: `-o ${output}: cannot write ${ext} here; give --format ${allowed.join('|')}` };
}
