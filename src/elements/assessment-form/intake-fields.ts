import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Completion } from '../../i18n/completion-words.js';
import { intakeValueWords, listText, type Choices, type IntakeSection } from '../../i18n/intake-words.js';
import { ConcernAreaSchema, TraumaFeatureSchema, type Intake, type PlanMode } from '../../model/plan.js';
import { intakeListItems, type IntakeListName } from '../../model/intake-lists.js';
import type { PlanCommand } from '../../plan/reducer.js';
import type { TextEdit, TextInputController } from '../controllers/text-input.js';
import { questionField, selectField } from '../templates/fields.js';
import { choiceGroup, choiceInput, isEmpty } from './templates.js';

type Entry = { id: string } & Record<string, unknown>;

/** What the intake questions need from the form. */
export interface IntakeView {
  mode: PlanMode;
  text: TextInputController;
  /** The problem shown beside the field with this key (empty: none, or not shown yet). */
  problem(key: string): string;
  /** Sends a keystroke's edit (`input`; `change` once committed). */
  type(command: PlanCommand, edit: TextEdit): boolean;
  /** Sends an edit (`input`, then `change` unless `change` is false); `touch` marks a field touched. */
  edit(command: PlanCommand, change?: boolean, touch?: string): void;
  touch(key: string): void;
  addListItem(list: IntakeListName): void;
  removeListItem(list: IntakeListName, itemId: string): void;
}


/** The questions of one intake section, in the client's language. */
export function intakeSectionFields(intake: Intake, s: IntakeSection, v: IntakeView): unknown {
  const data = intake[s] as Record<string, unknown>;
  const update = (key: string, value: unknown): PlanCommand => ({ type: 'intake/update', section: s, values: { [key]: isEmpty(value) ? undefined : value } });
  const set = (key: string, value: string, change?: boolean, touch?: string) => v.edit(update(key, value), change, touch);
  const textQuestion = (key: string, label: string, long = true, required?: boolean, hint?: string) =>
    questionField(v.text, {
      id: `f-${s}-${key}`,
      key: `${s}.${key}`,
      label,
      kind: long ? 'long' : 'text',
      value: data[key] as string | undefined,
      commit: (text, e) => v.type(update(key, text), e),
      required,
      hint,
      error: v.problem(`${s}.${key}`),
      onBlur: () => v.touch(`${s}.${key}`),
    });
  const choice = (key: string, legend: string, choices: Choices) =>
    choiceGroup(
      legend,
      choices.map(([value, label], n) =>
        choiceInput({
          label,
          checked: data[key] === value,
          onChange: () => set(key, value, true, `${s}.${key}`),
          name: `${s}-${key}`,
          value,
          field: n ? undefined : `${s}.${key}`,
        }),
      ),
    );
  switch (s) {
    case 'concerns':
      return [
        textQuestion('inOwnWords', msg('In your own words, what brings you here?'), true, true),
        textQuestion('hopesToChange', msg('What do you hope will change?')),
        v.mode === 'clinician' ? concernAreas(intake.concerns, v) : nothing,
      ];
    case 'history':
      return [
        textQuestion('physical', msg('Physical health')),
        textQuestion('mental', msg('Mental health')),
        textQuestion('emotional', msg('Emotional health')),
        intakeList(intake, 'pastTreatments', v),
      ];
    case 'profile':
      return [
        choice('socialEnergy', msg('After time with other people, do you usually feel…'), [
          ['introverted', msg('Drained: I recharge alone (more introverted)')],
          ['in-between', msg('Somewhere in between')],
          ['extroverted', msg('Energized: I recharge with others (more extroverted)')],
        ]),
        textQuestion('traits', msg('How would you describe yourself?')),
        textQuestion(
          'cognitiveStyle',
          msg('How do you usually think problems through?'),
          true,
          false,
          msg('For example: step by step, by talking it over, by writing, by picturing it.'),
        ),
        textQuestion('copingThatWorks', msg('Ways of coping that work for you')),
        textQuestion('copingThatDoesNot', msg('Ways of coping that do not work, or make things worse')),
      ];
    case 'biological':
      return [
        textQuestion('familyHistory', msg('Mental health conditions in your family')),
        textQuestion('conditions', msg('Your current health conditions and their treatment')),
        textQuestion('medications', msg('Medicines you take now')),
        textQuestion('geneticNotes', msg('Anything known to run in your family (genetic predispositions)')),
      ];
    case 'social':
      return [
        textQuestion('culturalBackground', msg('Your cultural background')),
        textQuestion('culturalValues', msg('What matters to you in it (beliefs, traditions, community)')),
        textQuestion('familyDynamics', msg('How things are in your family')),
        intakeList(intake, 'supportSystem', v),
        intakeList(intake, 'lifeEvents', v),
      ];
    case 'preferences':
      return [
        choice('structure', msg('Would you prefer sessions that are…'), [
          ['structured', msg('Structured, with clear steps and homework')],
          ['balanced', msg('A mix of both')],
          ['exploratory', msg('Open-ended, exploring what comes up')],
        ]),
        textQuestion('therapistStyle', msg('What would you like your therapist to be like?')),
        choice('format', msg('How would you like to meet?'), [
          ['in-person', msg('In person')],
          ['telehealth', msg('By video or phone (telehealth)')],
          ['either', msg('Either is fine')],
        ]),
        textQuestion('language', msg('Language you prefer for sessions'), false),
        textQuestion('scheduling', msg('Times that work or do not work for you')),
      ];
    case 'substanceUse':
      return [
        choice('uses', msg('Do you use alcohol, drugs or other substances?'), [
          ['yes', msg('Yes')],
          ['no', msg('No')],
          ['prefer-not-to-say', msg('I would rather not say')],
        ]),
        intake.substanceUse.uses === 'yes'
          ? [
              textQuestion('substances', msg('Which substances?'), true, true),
              textQuestion('frequency', msg('How often, and how much?')),
              textQuestion('lastUse', msg('When did you last use?'), false),
              textQuestion('triggers', msg('What tends to set off using?')),
              textQuestion('previousAttempts', msg('Have you tried to cut down or stop before? What happened?')),
            ]
          : nothing,
      ];
    case 'accommodations':
      return [
        textQuestion('sensory', msg('Sensory needs (light, sound, touch, smell)')),
        textQuestion('communication', msg('Communication needs (how you prefer to talk, write or get information)')),
        textQuestion('processing', msg('Processing needs (time to think, written summaries, breaks)')),
        textQuestion('accessibility', msg('Access needs (mobility, vision, hearing, other)')),
      ];
    case 'strengths':
      return textQuestion('text', msg('What are you good at? What or who can you lean on?'));
  }
}

/** The clinician's concern areas, and the features of a trauma presentation when one is chosen. */
function concernAreas({ areas, traumaFeatures }: Intake['concerns'], v: IntakeView): unknown {
  const words = intakeValueWords();
  const check = (key: 'areas' | 'traumaFeatures', chosen: string[], value: string) =>
    choiceInput({
      label: words[value]!,
      checked: chosen.includes(value),
      type: 'checkbox',
      onChange: (e) => {
        const rest = chosen.filter((x) => x !== value);
        v.edit({ type: 'intake/update', section: 'concerns', values: { [key]: (e.target as HTMLInputElement).checked ? [...rest, value] : rest } });
      },
    });
  return [
    choiceGroup(msg('Areas of concern (clinician)'), ConcernAreaSchema.options.map((a) => check('areas', areas, a))),
    areas.includes('ptsd') || areas.includes('complex-trauma')
      ? choiceGroup(
          msg('Features of the trauma presentation'),
          TraumaFeatureSchema.options.map((f) => check('traumaFeatures', traumaFeatures, f)),
        )
      : nothing,
  ];
}

/** A repeatable list (past treatments, people, life events) with its add button. */
function intakeList(intake: Intake, list: IntakeListName, v: IntakeView): TemplateResult {
  const [title, add] = listText(list, 0);
  const headingId = `list-${list}`;
  return html`<div role="group" aria-labelledby=${headingId}>
    <h4 id=${headingId}>${title}</h4>
    ${intakeListItems(intake, list).map((item, n) => listEntry(list, item, n, v))}
    <button type="button" data-add=${list} @click=${() => v.addListItem(list)}>${add}</button>
  </div>`;
}

function listEntry(list: IntakeListName, item: Entry, n: number, v: IntakeView): TemplateResult {
  const [, , legend, fields] = listText(list, n);
  const update = (key: string, value: string, required?: boolean): PlanCommand => ({
    type: 'intake/update-item',
    list,
    itemId: item.id,
    fields: { [key]: value === '' && !required ? undefined : value },
  });
  return html`<fieldset class="list-entry">
    <legend>${legend}</legend>
    ${fields.map(([key, label, kind, required]) => {
      const id = `f-${list}-${item.id}-${key}`;
      const value = item[key] as string | undefined;
      const problemKey = `${list}:${item.id}:${key}`;
      return typeof kind === 'string'
        ? questionField(v.text, {
            id,
            key: problemKey,
            label,
            kind,
            value,
            commit: (text, e) => v.type(update(key, text, required), e),
            required,
            error: v.problem(problemKey),
            onBlur: () => v.touch(problemKey),
          })
        : selectField({ id, label, choices: [['', msg('Not said')], ...kind], value: value ?? '', onChange: (chosen) => v.edit(update(key, chosen)) });
    })}
    <button type="button" @click=${() => v.removeListItem(list, item.id)}>${msg(str`Remove ${legend.toLowerCase()}`)}</button>
  </fieldset>`;
}

/** The questions each section asks (lists count as one question: answered once they have an entry). */
const QUESTIONS: { readonly [S in IntakeSection]: readonly (keyof Intake[S])[] } = {
  concerns: ['inOwnWords', 'hopesToChange'],
  history: ['physical', 'mental', 'emotional', 'pastTreatments'],
  profile: ['socialEnergy', 'traits', 'cognitiveStyle', 'copingThatWorks', 'copingThatDoesNot'],
  biological: ['familyHistory', 'conditions', 'medications', 'geneticNotes'],
  social: ['culturalBackground', 'culturalValues', 'familyDynamics', 'supportSystem', 'lifeEvents'],
  preferences: ['structure', 'therapistStyle', 'format', 'language', 'scheduling'],
  substanceUse: ['uses'],
  accommodations: ['sensory', 'communication', 'processing', 'accessibility'],
  strengths: ['text'],
};
/** Asked only after "yes" to using substances. */
const SUBSTANCE_DETAILS = ['substances', 'frequency', 'lastUse', 'triggers', 'previousAttempts'] as const;

/** How many of the questions a section shows (in this mode) have an answer. */
export function intakeCompletion(intake: Intake, s: IntakeSection, mode: PlanMode): Completion {
  const data = intake[s] as Record<string, unknown>;
  const keys: string[] = [...(QUESTIONS[s] as readonly string[])];
  if (s === 'concerns' && mode === 'clinician') keys.push('areas');
  if (s === 'substanceUse' && intake.substanceUse.uses === 'yes') keys.push(...SUBSTANCE_DETAILS);
  return { answered: keys.filter((k) => !isEmpty(data[k])).length, total: keys.length };
}
