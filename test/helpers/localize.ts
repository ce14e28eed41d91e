import { executeServerCommand } from '@web/test-runner-commands';

/** One source message: its id and its text, each `${…}` as its index among the template's values. */
export interface SourceMessage {
  id: string;
  parts: (string | number)[];
}

export interface LocalizeCheck {
  /** What `npm run localize:check` would report; empty when all is well. */
  problems: string[];
  /** The shipped target locales. */
  locales: string[];
  /** Every msg() in src/. */
  messages: SourceMessage[];
}

/**
 * `npm run localize:check`, run by the test runner in Node (see web-test-runner.config.mjs).
 * Extraction takes seconds: the command answers `{ pending: true }` until it is done.
 */
export async function localizeCheck(): Promise<LocalizeCheck> {
  for (;;) {
    const answer = await executeServerCommand<LocalizeCheck | { pending: true }, undefined>('localize');
    if (answer && !('pending' in answer)) return answer;
  }
}
