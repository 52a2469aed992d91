import { Writable } from 'node:stream';
import { Box, render, Text } from 'ink';

/**
 * Runs Ink's drawing code once, on a screen of the view's size, into a stream nobody reads. Ink's
 * first render styles and measures every cell of the screen (its output code, string widths,
 * Yoga's layout), and cold, before V8 has compiled that code, it cost about two fifths more than
 * a second one. `gloss tui` calls this while it waits for the comparison from the other process,
 * so the view's real first render finds the code compiled. The lines are shaped like the view's
 * (a bold gutter, coloured and underlined spans, padding, a separator); nothing reaches the terminal.
 */
export function warmUpInk(columns: number, rows: number): void {
  const sink = Object.assign(
    new Writable({
      write(_chunk, _encoding, done) {
        done();
      },
    }),
    { columns, rows, isTTY: true },
  );
  const half = Math.max(1, Math.floor((columns - 6) / 2));
  const lines = Array.from({ length: Math.max(1, rows) }, (_, k) => (
    <Text key={k} wrap="truncate-end">
      <Text bold>{`${k % 10} `}</Text>
      <Text color="cyan" underline>
        {'w'.repeat(Math.floor(half / 2))}
      </Text>
      {' '.repeat(half - Math.floor(half / 2))}
      {' │ '}
      <Text color="green" bold inverse={k % 7 === 0}>
        {'w'.repeat(half)}
      </Text>
    </Text>
  ));
  const instance = render(
    <Box flexDirection="column" width={columns}>
      {lines}
    </Box>,
    { stdout: sink as unknown as NodeJS.WriteStream, patchConsole: false, exitOnCtrlC: false },
  );
  instance.unmount();
}
