import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { LONG_TEXT_MAX, applyCommand, createPlan, type Goal, type GoalEditor, type PlanProvider, type TreatmentPlan } from '../../src/index.js';
import { uniqueId } from '../helpers/provider.js';

function planWithGoal(id: string): TreatmentPlan {
  const now = '2026-11-20T10:00:00.000Z';
  const goal: Goal = { id: 'g1', clinicalText: 'Fewer panic attacks', proposedBy: 'together', priority: 'high', status: 'proposed', createdAt: now, objectives: [] };
  return {
    ...createPlan(id, now),
    problems: [{ id: 'p1', title: 'Panic attacks', evidencedBy: [], areas: ['panic'], createdAt: now, goals: [goal] }],
  };
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a too-long paste', () => {
  it('is refused beside the field with the limit in words, and the pasted text stays in the field', async () => {
    const id = uniqueId('long');
    const provider = await fixture<PlanProvider>(
      html`<plan-provider plan-id=${id} storage="memory" autosave-delay="0"><goal-editor></goal-editor></plan-provider>`,
    );
    await provider.ready;
    provider.plan = planWithGoal(id);
    const editor = provider.querySelector('goal-editor') as GoalEditor;
    await editor.updateComplete;
    const root = editor.shadowRoot!;
    const label = [...root.querySelectorAll('label')].find((l) => text(l).startsWith('Goal (clinical wording)'))!;
    const field = label.querySelector('textarea')!;
    const pasted = 'Breathing exercise, twice a day. '.repeat(760).slice(0, 25_000);

    field.focus();
    field.select();
    document.execCommand('insertText', false, pasted); // what a paste does: the browser's own edit, with input events
    await sendKeys({ press: 'Tab' }); // leaving the field commits it (change)
    await editor.updateComplete;

    const error = [...root.querySelectorAll('.error[role="alert"]')].map(text).join(' ');
    expect(error).to.contain('25,000').and.contain('20,000').and.contain('still in the field');
    expect(error).to.not.match(/too_big|Too big|fields\.clinicalText/);
    expect(field.value === pasted, 'the pasted text is still in the field').to.equal(true);
    expect(provider.plan?.problems[0]?.goals[0]?.clinicalText).to.equal('Fewer panic attacks');
    await expect(editor).to.be.accessible();

    // Shortened, it is saved and the message goes away.
    field.focus();
    field.select();
    document.execCommand('insertText', false, pasted.slice(0, LONG_TEXT_MAX));
    await sendKeys({ press: 'Tab' });
    await editor.updateComplete;
    expect(provider.plan?.problems[0]?.goals[0]?.clinicalText).to.have.length(LONG_TEXT_MAX);
    expect(root.querySelector('.error[role="alert"]')).to.equal(null);
  });
});

describe('applyCommand: text over its limit', () => {
  const plan = planWithGoal('p');
  const ctx = { now: '2026-12-01T10:00:00.000Z', newId: () => 'new' };
  const cases: [string, number, 'ok' | 'text-too-long'][] = [
    ['at the limit', LONG_TEXT_MAX, 'ok'],
    ['one over', LONG_TEXT_MAX + 1, 'text-too-long'],
    ['a 25,000-character paste', 25_000, 'text-too-long'],
  ];
  for (const [name, length, expected] of cases) {
    it(name, () => {
      const r = applyCommand(plan, { type: 'goal/update', goalId: 'g1', fields: { clinicalText: 'x'.repeat(length) } }, ctx);
      if (expected === 'ok') return void expect(r.ok).to.equal(true);
      expect(r.ok).to.equal(false);
      expect(!r.ok && r.error).to.deep.include({ code: 'text-too-long', params: { field: 'fields.clinicalText', length, maximum: LONG_TEXT_MAX } });
    });
  }
});
