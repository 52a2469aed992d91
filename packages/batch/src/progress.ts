/** Progress on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise. */
import { formatCount } from '@gloss/document';
export interface ProgressState {
  documents: number;
  errors: number;
  /** Bytes of article text analysed. */
  textBytes: number;
  /** Input bytes behind the documents written (skipped records too), of `inputBytes` in all (files on disk). */
  readBytes: number;
  inputBytes: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function describeProgress(
  state: ProgressState,
  elapsedSeconds: number,
): {
  fraction: number;
  text: string;
} {
  const fraction = state.inputBytes > 0 ? Math.min(1, state.readBytes / state.inputBytes) : 0;
  const rate = elapsedSeconds > 0 ? state.documents / elapsedSeconds : 0;
  const mbps = elapsedSeconds > 0 ? state.textBytes / 1e6 / elapsedSeconds : 0;
  const eta = fraction > 0.001 ? (elapsedSeconds * (1 - fraction)) / fraction : Number.NaN;
  const errors = state.errors > 0 ? ` (${formatCount(state.errors)} errors)` : '';
  const text = `${formatCount(state.documents)} docs${errors}  ${rate.toFixed(0)} docs/s  ${mbps.toFixed(2)} MB/s  ETA ${formatDuration(eta)}`;
  return { fraction, text };
}

export class Progress {
  private readonly started = Date.now();
  /** The first plain line comes after one interval, not at the first document. */
  private last = this.started;
  private drawn = false;
  constructor(
    private readonly write: (s: string) => void,
    private readonly mode: 'bar' | 'lines' | 'none',
    private readonly intervalMs = { bar: 200, lines: 10_000 },
  ) {}

  update(state: ProgressState, force = false): void {
    if (this.mode === 'none') return;
    const now = Date.now();
    const every = this.mode === 'bar' ? this.intervalMs.bar : this.intervalMs.lines;
    if (this.mode === 'bar' && !this.drawn) force = true;
    if (!force && now - this.last < every) return;
    this.last = now;
    const { fraction, text } = describeProgress(state, (now - this.started) / 1000);
    if (this.mode === 'bar') {
      const width = 24;
      const filled = Math.round(fraction * width);
      this.write(
        `\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${text}`,
      );
      this.drawn = true;
    } else {
      this.write(`gloss batch: ${(fraction * 100).toFixed(0)}% of input, ${text}\n`);
    }
  }

  /** Ends the bar line so later messages start on their own line. */
  end(state: ProgressState): void {
    if (this.mode === 'none') return;
    if (this.mode === 'bar') {
      this.update(state, true);
      if (this.drawn) this.write('\n');
    }
  }
}
