/** Tells other tabs of this browser that the stored plan changed (never leaves the browser). */
const CHANNEL_NAME = 'open-door-plan';

export interface PlanChannel {
  announce(): void;
  close(): void;
}

export function createPlanChannel(onChange: () => void): PlanChannel {
  if (typeof BroadcastChannel === 'undefined') return { announce() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = () => onChange();
  return {
    announce: () => channel.postMessage('changed'),
    close: () => channel.close(),
  };
}
