import type { SyncMessage } from '../domain/plan-session';

/** Tells other tabs of this browser what happened to the stored plan (never leaves the browser). */
const CHANNEL_NAME = 'open-door-plan';
const MESSAGES: readonly SyncMessage[] = ['saved', 'locked', 'passphrase', 'deleted', 'imported'];

export interface PlanChannel {
  announce(message: SyncMessage): void;
  close(): void;
}

export function createPlanChannel(onMessage: (message: SyncMessage) => void): PlanChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    // Only the messages this page knows; anything else (an older tab's "changed") means "read again".
    const message = MESSAGES.includes(event.data as SyncMessage) ? (event.data as SyncMessage) : 'saved';
    onMessage(message);
  };
  return {
    announce: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
