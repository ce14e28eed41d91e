/**
 * Debounce with an upper bound: runs `task` `delay` ms after the last `poke()`, but never later
 * than `maxWait` ms after the first poke of a burst, so continuous typing still gets saved.
 */
export class AutosaveScheduler {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #burstStart: number | undefined;

  constructor(
    private readonly task: () => void,
    public delay: number,
    public maxWait = 3000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get pending(): boolean {
    return this.#timer !== undefined;
  }

  poke(): void {
    const t = this.now();
    this.#burstStart ??= t;
    const remaining = Math.max(0, this.maxWait - (t - this.#burstStart));
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.run(), Math.min(this.delay, remaining));
  }

  /** Runs the task now if one is pending. */
  run(): void {
    if (this.#timer === undefined) return;
    this.cancel();
    this.task();
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = this.#burstStart = undefined;
  }
}
