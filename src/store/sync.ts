/**
 * Tells other tabs of the same origin that a draft was saved. Messages carry only the key and
 * the save token, never plan content: the other tab reads the draft from IndexedDB itself.
 */
export interface SavedMessage {
  kind: 'saved' | 'cleared';
  scope: string;
  /** The plan; for `cleared`, `'*'` means every plan of the scope (`clearDrafts(scope)`). */
  planId: string;
  token: string | null;
  revision: number;
  tab: string;
}

const CHANNEL = 'tailored-plan-kit/drafts@1';

export class DraftSync {
  readonly tab = crypto.randomUUID();
  #channel: BroadcastChannel | undefined;

  constructor(onMessage: (m: SavedMessage) => void) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(CHANNEL);
    this.#channel.onmessage = (e: MessageEvent<SavedMessage>) => {
      const m = e.data;
      if (m && typeof m === 'object' && m.tab !== this.tab && typeof m.planId === 'string') onMessage(m);
    };
  }

  post(m: Omit<SavedMessage, 'tab'>): void {
    this.#channel?.postMessage({ ...m, tab: this.tab });
  }

  close(): void {
    this.#channel?.close();
    this.#channel = undefined;
  }
}
