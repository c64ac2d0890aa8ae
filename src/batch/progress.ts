/**
 * A one-line progress bar for long batches, redrawn at most ten times a second on a terminal.
 * Off a terminal it writes nothing (logs stay clean); `done()` clears the line.
 *
 * @example
 * ```ts
 * const bar = new Progress(process.stderr, () => ({ rows: n, bytes: read, totalBytes: size }));
 * bar.tick(); // call as often as you like
 * bar.done();
 * ```
 */
export interface ProgressState {
  rows: number;
  bytes?: number | undefined;
  totalBytes?: number | undefined;
}

interface Terminal {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

const WIDTH = 24;

export class Progress {
  private last = 0;
  private readonly started = Date.now();
  private drawn = false;
  readonly enabled: boolean;

  constructor(
    private readonly term: Terminal | undefined,
    private readonly state: () => ProgressState,
    force = false,
  ) {
    this.enabled = Boolean(term && (force || term.isTTY));
  }

  /** Redraws if enough time passed since the last draw. */
  tick(): void {
    if (!this.enabled) return;
    const t = Date.now();
    if (t - this.last < 100) return;
    this.last = t;
    this.draw(t);
  }

  private draw(t: number): void {
    const { rows, bytes, totalBytes } = this.state();
    const secs = Math.max((t - this.started) / 1000, 0.001);
    const rate = Math.round(rows / secs);
    let line = `${rows.toLocaleString("en-US")} rows  ${rate.toLocaleString("en-US")} rows/s`;
    if (bytes !== undefined && totalBytes) {
      const frac = Math.min(bytes / totalBytes, 1);
      const filled = Math.round(frac * WIDTH);
      const eta = frac > 0 ? Math.round(secs / frac - secs) : 0;
      line = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${Math.floor(frac * 100)
        .toString()
        .padStart(3)}%  ${line}  ETA ${eta}s`;
    }
    this.term!.write(`\r${line.slice(0, (this.term!.columns ?? 80) - 1)}\x1b[K`);
    this.drawn = true;
  }

  /** Clears the bar so the summary starts on a clean line. */
  done(): void {
    if (this.enabled && this.drawn) this.term!.write("\r\x1b[K");
  }
}
