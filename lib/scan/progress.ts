/** A one-line progress bar on stderr; silent unless stderr is a TTY and CI is not set. */
export interface Progress {
  phase(name: string): void;
  update(done: number, total: number): void;
  done(): void;
}

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled) return { phase() {}, update() {}, done() {} };
  let phase = "";
  let last = 0;
  let drawn = false;
  const draw = (text: string) => {
    stream.write(`\r\x1b[2K${text}`);
    drawn = true;
  };
  return {
    phase(name) {
      phase = name;
      draw(`${phase}…`);
    },
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const width = 30;
      const filled = total ? Math.round((done / total) * width) : width;
      draw(`${phase} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} files`);
    },
    done() {
      if (drawn) stream.write("\r\x1b[2K");
      drawn = false;
    },
  };
}

export function progressEnabled(quiet: boolean): boolean {
  const ci = process.env.CI;
  return !quiet && Boolean(process.stderr.isTTY) && !(ci && ci !== "false" && ci !== "0");
}
