/// <reference types="node" />
// A progress bar on stderr for long runs on a terminal (the caller decides when to show it).

export class Progress {
  private last = '';
  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number): void {
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 30));
    const filled = Math.round((done / this.total) * width);
    const line = `проверка [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${this.total}`;
    if (line === this.last) return;
    this.last = line;
    this.stream.write(`\r${line}`);
  }

  clear(): void {
    if (this.last) this.stream.write(`\r${' '.repeat(this.last.length)}\r`);
    this.last = '';
  }
}
