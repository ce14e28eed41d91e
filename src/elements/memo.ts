/**
 * Remembers the last value computed from some inputs and returns it again while every input is
 * identical (`===`). The reducer keeps untouched parts of the plan identical, so keyed by the parts a
 * computation reads (`plan.timeline`, `plan.assessment.administrations`), it reruns only when one of
 * them changed, not on every edit elsewhere in the plan.
 */
export class Memo<T> {
  #inputs: readonly unknown[] | undefined;
  #value: T | undefined;

  /** `compute()` when `inputs` differ from the last call's, the remembered value otherwise. */
  get(inputs: readonly unknown[], compute: () => T): T {
    const last = this.#inputs;
    if (!last || last.length !== inputs.length || inputs.some((x, i) => x !== last[i])) {
      this.#value = compute();
      this.#inputs = inputs;
    }
    return this.#value as T;
  }
}
