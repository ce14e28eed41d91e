import type { Goal } from '../../model/plan.js';
import type { PlanCommand } from '../../plan/reducer.js';

/** The items the editor lists. Each one's commands are `${kind}/${verb}` with a `${kind}Id`. */
export type ItemKind = 'problem' | 'goal' | 'objective' | 'phase' | 'support';
/** Goals and objectives: the items agreed with the client and given a status. */
export type CollaborativeKind = 'goal' | 'objective';

/** The command whose `type` is `T`, as the reducer declares it. */
type CommandNamed<T extends PlanCommand['type']> = Extract<PlanCommand, { type: T }>;
/** The fields `<kind>/update` may change on an item of `kind`. */
export type ItemFields<K extends ItemKind> = CommandNamed<`${K}/update`> extends { fields: infer F } ? F : never;

// One builder per kind, written out, so TypeScript checks each payload against its command.
const UPDATE: { [K in ItemKind]: (id: string, fields: ItemFields<K>) => PlanCommand } = {
  problem: (problemId, fields) => ({ type: 'problem/update', problemId, fields }),
  goal: (goalId, fields) => ({ type: 'goal/update', goalId, fields }),
  objective: (objectiveId, fields) => ({ type: 'objective/update', objectiveId, fields }),
  phase: (phaseId, fields) => ({ type: 'phase/update', phaseId, fields }),
  support: (supportId, fields) => ({ type: 'support/update', supportId, fields }),
};

const REMOVE: Record<ItemKind, (id: string) => PlanCommand> = {
  problem: (problemId) => ({ type: 'problem/remove', problemId }),
  goal: (goalId) => ({ type: 'goal/remove', goalId }),
  objective: (objectiveId) => ({ type: 'objective/remove', objectiveId }),
  phase: (phaseId) => ({ type: 'phase/remove', phaseId }),
  support: (supportId) => ({ type: 'support/remove', supportId }),
};

const MOVE: Record<ItemKind, (id: string, toIndex: number) => PlanCommand> = {
  problem: (problemId, toIndex) => ({ type: 'problem/move', problemId, toIndex }),
  goal: (goalId, toIndex) => ({ type: 'goal/move', goalId, toIndex }),
  objective: (objectiveId, toIndex) => ({ type: 'objective/move', objectiveId, toIndex }),
  phase: (phaseId, toIndex) => ({ type: 'phase/move', phaseId, toIndex }),
  support: (supportId, toIndex) => ({ type: 'support/move', supportId, toIndex }),
};

/** `<kind>/update`: merges `fields` into the item (a field sent as `undefined` is cleared). */
export const updateCommand = <K extends ItemKind>(kind: K, id: string, fields: ItemFields<K>): PlanCommand => UPDATE[kind](id, fields);

/** `<kind>/remove`. */
export const removeCommand = (kind: ItemKind, id: string): PlanCommand => REMOVE[kind](id);

/** `<kind>/move`: the item moves to `toIndex` of its list. */
export const moveCommand = (kind: ItemKind, id: string, toIndex: number): PlanCommand => MOVE[kind](id, toIndex);

/** `<kind>/agree`: records (dated today) whether the client agreed to the goal or objective. */
export const agreeCommand = (kind: CollaborativeKind, id: string, agreed: boolean): PlanCommand =>
  kind === 'goal' ? { type: 'goal/agree', goalId: id, agreed } : { type: 'objective/agree', objectiveId: id, agreed };

/** `<kind>/set-status`, with the reason when one was typed. */
export function setStatusCommand(kind: CollaborativeKind, id: string, status: Goal['status'], reason: string): PlanCommand {
  const why = reason.trim() ? { reason } : {};
  return kind === 'goal' ? { type: 'goal/set-status', goalId: id, status, ...why } : { type: 'objective/set-status', objectiveId: id, status, ...why };
}
