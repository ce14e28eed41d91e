import { msg, str } from '@lit/localize';

/** How far a part of a form has been filled in: questions answered out of those asked. */
export interface Completion {
  answered: number;
  total: number;
}

/** Words for a collapsed part's state: "Not started", "3 of 5 answered", "Complete". */
export const completionWords = ({ answered, total }: Completion): string =>
  answered === 0 ? msg('Not started') : answered >= total ? msg('Complete') : msg(str`${answered} of ${total} answered`);

/** A questionnaire with no answers in progress, by its last saved result (a host may save a partial one). */
export const recordedOnWords = ({ answered, total }: Completion, date: string): string =>
  answered >= total ? msg(str`Complete, saved ${date}`) : msg(str`Saved ${date}, incomplete: ${answered} of ${total} answered`);
