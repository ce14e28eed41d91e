// Words shared by the PHQ and GAD screeners in English (Pfizer's PHQ screeners, phqscreeners.com).

/** "Not at all" … "Nearly every day" (the GAD-7's lowest option is "Not at all", not "Not at all sure"). */
export const FREQUENCY_EN = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];

/** The unscored question that closes the PHQ-9 and the GAD-7 (the same words and answers on both forms). */
export const DIFFICULTY_QUESTION_EN =
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?';
export const DIFFICULTY_EN = ['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult'];
