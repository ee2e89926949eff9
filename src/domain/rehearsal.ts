/**
 * "Practise this talk": a rehearsal as a pure state machine over one script's content. The parent picks an
 * opener and says it aloud; for each thing the child might say, they answer in their own words (aloud or
 * written) before the suggested reply and its "why" are shown, then mark whether to come back to it. The
 * replies marked hard come round once more at the end, and the summary names the one to come back to.
 */

export interface RehearsalContent {
  openers: readonly string[];
  replies: readonly { childSays: string; response: string; why: string }[];
  keyMessages: readonly string[];
}

export type RehearsalPhase =
  /** Choosing which opener to practise with. */
  | 'choose-opener'
  /** "Your turn": saying the opener aloud. */
  | 'say-opener'
  /** The child's line is shown; the parent answers before seeing the suggestion. */
  | 'child-line'
  /** Their answer beside the suggested one and why it helps. */
  | 'reveal'
  /** What was practised and the one to come back to. */
  | 'summary';

export interface RehearsalState {
  phase: RehearsalPhase;
  openerIndex: number;
  /** Reply indices still to practise in this round, the current one first. */
  queue: number[];
  /** 'first' runs through every reply; 'again' repeats the ones marked hard. */
  round: 'first' | 'again';
  /** What the parent wrote for the current reply ('' when they said it aloud). */
  ownReply: string;
  /** Replies worked through at least once, in order. */
  practised: number[];
  /** Replies marked "come back to this", in order (still hard after the second go, or not yet retried). */
  hard: number[];
}

export type RehearsalAction =
  | { type: 'choose-opener'; openerIndex: number }
  | { type: 'said-opener' }
  | { type: 'answer'; ownReply: string }
  | { type: 'rate'; hard: boolean }
  | { type: 'restart' };

/** The longest own reply kept (a few sentences; it is never stored). */
export const MAX_OWN_REPLY = 600;

export function startRehearsal(): RehearsalState {
  return { phase: 'choose-opener', openerIndex: -1, queue: [], round: 'first', ownReply: '', practised: [], hard: [] };
}

/** The reply being practised now, if any. */
export function currentReply(state: RehearsalState): number | undefined {
  return state.phase === 'child-line' || state.phase === 'reveal' ? state.queue[0] : undefined;
}

export function rehearse(state: RehearsalState, action: RehearsalAction, content: RehearsalContent): RehearsalState {
  switch (action.type) {
    case 'choose-opener':
      if (state.phase !== 'choose-opener' && state.phase !== 'summary') return state;
      if (!inRange(action.openerIndex, content.openers.length) || content.replies.length === 0) return state;
      return {
        ...startRehearsal(),
        phase: 'say-opener',
        openerIndex: action.openerIndex,
        queue: content.replies.map((_, index) => index),
      };
    case 'said-opener':
      if (state.phase !== 'say-opener') return state;
      return { ...state, phase: 'child-line', ownReply: '' };
    case 'answer':
      if (state.phase !== 'child-line') return state;
      return { ...state, phase: 'reveal', ownReply: action.ownReply.trim().slice(0, MAX_OWN_REPLY) };
    case 'rate': {
      if (state.phase !== 'reveal') return state;
      const reply = state.queue[0]!;
      const practised = state.practised.includes(reply) ? state.practised : [...state.practised, reply];
      const hard = action.hard
        ? state.hard.includes(reply)
          ? state.hard
          : [...state.hard, reply]
        : state.hard.filter((index) => index !== reply);
      const queue = state.queue.slice(1);
      if (queue.length > 0) return { ...state, phase: 'child-line', queue, ownReply: '', practised, hard };
      // End of the first round: the hard ones come round once more.
      if (state.round === 'first' && hard.length > 0)
        return { ...state, phase: 'child-line', round: 'again', queue: [...hard], ownReply: '', practised, hard };
      return { ...state, phase: 'summary', queue: [], ownReply: '', practised, hard };
    }
    case 'restart':
      return startRehearsal();
  }
}

export interface RehearsalSummary {
  /** How many different replies were practised. */
  practised: number;
  /** The reply to come back to: the first still marked hard, if any. */
  comeBackTo: number | undefined;
}

export function summariseRehearsal(state: RehearsalState): RehearsalSummary {
  return { practised: state.practised.length, comeBackTo: state.hard[0] };
}

function inRange(index: number, length: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < length;
}
