// A small fake clock for unit tests: replaces `setTimeout` / `clearTimeout` on `globalThis` until
// `uninstall()`, and runs due callbacks only when the test calls `tick(ms)`. No real time passes,
// and `pendingTimers` shows whether code left a timer behind (e.g. a `cancel()` that forgot to clear it).
type Callback = () => void;

export class FakeClock {
  now = 0;
  #timers = new Map<number, { at: number; fn: Callback }>();
  #nextId = 1;
  #restore: (() => void) | undefined;

  /** Timers scheduled and neither run nor cleared. */
  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** How far ahead (ms) each pending timer falls due, soonest first. */
  get dueIn(): number[] {
    return [...this.#timers.values()].map((t) => t.at - this.now).sort((a, b) => a - b);
  }

  install(): this {
    const realSet = globalThis.setTimeout;
    const realClear = globalThis.clearTimeout;
    const fakeSet = (fn: Callback, ms = 0): number => {
      const id = this.#nextId++;
      // As browsers do: a delay that is not a number (NaN) or is negative runs on the next turn.
      this.#timers.set(id, { at: this.now + (Number.isFinite(ms) ? Math.max(0, ms) : 0), fn });
      return id;
    };
    const fakeClear = (id?: number): void => {
      if (id !== undefined) this.#timers.delete(id);
    };
    Object.assign(globalThis, { setTimeout: fakeSet, clearTimeout: fakeClear });
    this.#restore = () => Object.assign(globalThis, { setTimeout: realSet, clearTimeout: realClear });
    return this;
  }

  uninstall(): void {
    this.#restore?.();
    this.#restore = undefined;
    this.#timers.clear();
  }

  /** Moves time forward by `ms`, running every timer that falls due, earliest first. */
  tick(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.#timers].filter(([, t]) => t.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.#timers.delete(id);
      this.now = timer.at;
      timer.fn();
    }
    this.now = end;
  }
}
