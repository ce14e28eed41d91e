import { createPlan } from './factory.js';
import { readLegacyChange } from './legacy-changes.js';
import type { Change, Goal, PlanStatus, Problem } from './plan.js';

/**
 * Migration registry: `MIGRATIONS[n]` takes a plan of schema version `n` to `n + 1`.
 * Each step is a pure function on plain JSON; the result of the last step is validated
 * by the current schema, so a step only has to get the shape right, not every detail.
 */
export type Migration = (plan: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 1 was the pre-release draft shape: a flat goal list with free-text objectives,
 * the client as two top-level fields, and statuses `in-review` / `closed`.
 */
function v1ToV2(old: Record<string, unknown>): Record<string, unknown> {
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const createdAt = str(old.createdAt) ?? new Date(0).toISOString();
  const next = createPlan(typeof old.id === 'string' || typeof old.id === 'number' ? String(old.id) : '', createdAt);
  const statusMap: Record<string, PlanStatus> = {
    draft: 'draft',
    active: 'active',
    'in-review': 'under-review',
    closed: 'completed',
    discontinued: 'discontinued',
  };
  const oldGoals = Array.isArray(old.goals) ? (old.goals as Record<string, unknown>[]) : [];
  const goals: Goal[] = oldGoals.map((g, gi) => ({
    id: str(g.id) ?? `goal-${gi + 1}`,
    clinicalText: str(g.text) ?? '',
    proposedBy: 'together',
    priority: 'medium',
    status: 'proposed',
    createdAt,
    objectives: (Array.isArray(g.objectives) ? (g.objectives as Record<string, unknown>[]) : []).map(
      (o, oi) => ({
        id: str(o.id) ?? `goal-${gi + 1}-objective-${oi + 1}`,
        clinicalText: str(o.text) ?? '',
        proposedBy: 'together' as const,
        priority: 'medium' as const,
        status: 'proposed' as const,
        createdAt,
        measure: { kind: 'custom' as const, label: str(o.text) ?? '' },
        ...(str(o.due) ? { dueDate: str(o.due) } : {}),
      }),
    ),
  }));
  const problems: Problem[] = goals.length
    ? [{ id: 'migrated-problem', title: 'Presenting concerns', evidencedBy: [], areas: [], createdAt, goals }]
    : [];
  const clientId = str(old.clientId);
  return {
    ...next,
    revision: typeof old.revision === 'number' ? old.revision : 0,
    updatedAt: str(old.updatedAt) ?? createdAt,
    status: statusMap[str(old.status) ?? 'draft'] ?? 'draft',
    ...(clientId !== undefined
      ? { client: { hostId: clientId, ...(str(old.clientName) ? { displayName: str(old.clientName) } : {}) } }
      : {}),
    assessment: {
      ...next.assessment,
      ...(str(old.notes) ? { summary: str(old.notes) } : {}),
    },
    problems,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const CHANGE_KINDS: readonly string[] = ['added', 'removed', 'edited'];
const SUBJECTS: readonly string[] = ['problem', 'goal', 'objective', 'intervention', 'homework', 'phase', 'support', 'status'];

/** A schema-2 change `{ kind, subject, text }` as a schema-3 one; anything else is left for validation to refuse. */
function migrateChange(c: unknown): unknown {
  if (!isRecord(c) || typeof c.text !== 'string' || !CHANGE_KINDS.includes(String(c.kind)) || !SUBJECTS.includes(String(c.subject))) return c;
  return readLegacyChange(c.kind as Change['kind'], c.subject as Change['subject'], c.text);
}

/** The sentence schema 2 wrote when a recorded review ended a review. */
const REVIEW_RECORDED = 'Review recorded';

function migrateEntry(e: unknown): unknown {
  if (!isRecord(e)) return e;
  if (e.kind === 'revision' && Array.isArray(e.changes)) return { ...e, changes: e.changes.map(migrateChange) };
  if (e.kind === 'status' && e.from === 'under-review' && e.to === 'active' && e.reason === REVIEW_RECORDED) {
    const { reason: _, ...rest } = e;
    return { ...rest, cause: 'review-recorded' };
  }
  return e;
}

/**
 * Version 2 stored each revision's changes as English sentences (`{ kind, subject, text }`), which
 * could never be shown in another language, and the status change a recorded review makes with
 * the reason "Review recorded". Version 3 stores changes as data (item, fields, from, to) and that
 * status change as a `cause` code; a sentence that cannot be read keeps its text as `legacyText`.
 */
function v2ToV3(old: Record<string, unknown>): Record<string, unknown> {
  return Array.isArray(old.timeline) ? { ...old, timeline: old.timeline.map(migrateEntry) } : old;
}

/** Version 4 added the client's agreements (signing): every plan gets the empty list. */
const v3ToV4: Migration = (old) => ({ ...old, agreements: Array.isArray(old.agreements) ? old.agreements : [] });

/**
 * Version 5 added substance-use care (`substanceUseCare`, optional), which can carry the 42 CFR
 * Part 2 mark. Nothing in a version-4 plan changes; the number moves so that an older kit refuses a
 * version-5 plan (`unsupported-schema-version`) instead of reading it and silently dropping the
 * ratings, referrals and the Part 2 mark.
 */
const v4ToV5: Migration = (old) => old;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
  4: v4ToV5,
};
