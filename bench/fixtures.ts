import { createPlan, type Objective, type TimelineEntry, type TreatmentPlan } from '../src/index.js';

const T0 = Date.parse('2026-01-05T15:00:00.000Z');
const at = (i: number) => new Date(T0 + i * 3_600_000).toISOString();

/** A plan of `problems × goals × objectives` plus `entries` timeline entries, with realistic wording. */
export function bigPlan(id = 'bench-plan', goals = 100, objectivesPerGoal = 5, entries = 1000): TreatmentPlan {
  const plan = createPlan(id, at(0));
  const problems = Array.from({ length: 10 }, (_, p) => ({
    id: `pr${p}`,
    title: `Problem ${p + 1}: panic attacks limit work and travel`,
    evidencedBy: ['Avoids the train to work', 'Three panic attacks in the last week'],
    areas: ['panic' as const],
    createdAt: at(p),
    goals: Array.from({ length: goals / 10 }, (_, g) => ({
      id: `g${p}-${g}`,
      clinicalText: 'Reduce frequency and intensity of panic attacks',
      clientWords: 'Ride the train to work without panicking',
      proposedBy: 'together' as const,
      priority: 'medium' as const,
      status: 'active' as const,
      createdAt: at(g),
      objectives: Array.from({ length: objectivesPerGoal }, (_, o): Objective => ({
        id: `o${p}-${g}-${o}`,
        clinicalText: 'Panic attacks from 7 per week to 1 per week',
        clientWords: 'Only one bad day a week',
        proposedBy: 'together',
        priority: 'medium',
        status: 'active',
        createdAt: at(o),
        measure: { kind: 'count', label: 'panic attacks', unit: 'per week', baseline: 7, target: 1, direction: 'decrease' },
        dueDate: '2026-06-30',
      })),
    })),
  }));
  const timeline: TimelineEntry[] = Array.from({ length: entries }, (_, i) => ({
    id: `s${i}`,
    kind: 'session',
    date: at(i * 24),
    attendance: i % 9 === 0 ? 'cancelled' : 'attended',
    homeworkDone: i % 3 === 0 ? 'partly' : 'yes',
    note: 'Practised interoceptive exposure; rated anxiety 6/10 falling to 3/10.',
  }));
  return { ...plan, status: 'active', problems, timeline };
}
