import type { CommandDefinition } from './define.js';

/**
 * The commands a `<plan-provider>`'s store can apply on this page. Each widget registers the groups
 * of commands it sends (`src/plan/commands/*`) with its own code, so a page ships only the commands
 * and rules its widgets use, and an edit a person makes is applied at once. Any other command (a
 * host's own `store.dispatch` of a kind no widget on the page sends) loads with `loadEveryCommand`.
 */
const loaded = new Map<string, CommandDefinition>();
let everyCommand: Promise<void> | undefined;
let everyCommandLoaded = false;

/** Makes a group of commands applicable on this page (a widget's module calls it for what it sends). */
export function registerCommands(group: readonly CommandDefinition[]): void {
  for (const def of group) loaded.set(def.type, def);
}

/** The definition of a command loaded on this page, if it is. */
export function loadedCommand(type: string): CommandDefinition | undefined {
  return loaded.get(type);
}

/** Whether every command is loaded, so a type still not found is unknown, not merely not loaded yet. */
export function allCommandsLoaded(): boolean {
  return everyCommandLoaded;
}

/**
 * Loads and registers every command (the first call imports them; the others share it). A failed
 * load (the network dropped) is tried again by the next call.
 */
export function loadEveryCommand(): Promise<void> {
  everyCommand ??= import('./reducer.js').then(
    ({ COMMANDS }) => {
      registerCommands(COMMANDS);
      everyCommandLoaded = true;
    },
    (e: unknown) => {
      everyCommand = undefined;
      throw e;
    },
  );
  return everyCommand;
}
