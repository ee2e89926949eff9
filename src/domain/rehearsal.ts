/**
 * "Practise this talk": the steps of a rehearsal, as a pure state machine over one script's content.
 * The parent picks an opener to read aloud, picks what the child says, reads the suggested response and
 * why, then tries another reply or finishes with the key messages. Back undoes one step at a time.
 */

export interface RehearsalContent {
  openers: readonly string[];
  replies: readonly { childSays: string; response: string; why: string }[];
  keyMessages: readonly string[];
}

export type RehearsalStep =
  | { kind: 'start' }
  | { kind: 'opener'; openerIndex: number }
  | { kind: 'response'; openerIndex: number; replyIndex: number }
  | { kind: 'summary' };

export interface RehearsalState {
  step: RehearsalStep;
  /** Steps to go back to, most recent last. */
  history: RehearsalStep[];
  /** Replies the parent has already worked through, so the view can mark them. */
  triedReplies: number[];
}

export type RehearsalAction =
  | { type: 'choose-opener'; openerIndex: number }
  | { type: 'choose-reply'; replyIndex: number }
  | { type: 'try-another' }
  | { type: 'finish' }
  | { type: 'back' }
  | { type: 'restart' };

export function startRehearsal(): RehearsalState {
  return { step: { kind: 'start' }, history: [], triedReplies: [] };
}

export function rehearse(state: RehearsalState, action: RehearsalAction, content: RehearsalContent): RehearsalState {
  const advance = (step: RehearsalStep, triedReplies = state.triedReplies): RehearsalState => ({
    step,
    history: [...state.history, state.step],
    triedReplies,
  });

  switch (action.type) {
    case 'choose-opener':
      if (!inRange(action.openerIndex, content.openers.length)) return state;
      if (state.step.kind !== 'start' && state.step.kind !== 'summary') return state;
      return advance({ kind: 'opener', openerIndex: action.openerIndex });
    case 'choose-reply': {
      if (state.step.kind !== 'opener' || !inRange(action.replyIndex, content.replies.length)) return state;
      const tried = state.triedReplies.includes(action.replyIndex)
        ? state.triedReplies
        : [...state.triedReplies, action.replyIndex];
      return advance({ kind: 'response', openerIndex: state.step.openerIndex, replyIndex: action.replyIndex }, tried);
    }
    case 'try-another':
      if (state.step.kind !== 'response') return state;
      return advance({ kind: 'opener', openerIndex: state.step.openerIndex });
    case 'finish':
      if (state.step.kind === 'start' || state.step.kind === 'summary') return state;
      return advance({ kind: 'summary' });
    case 'back': {
      const previous = state.history.at(-1);
      if (!previous) return state;
      return { step: previous, history: state.history.slice(0, -1), triedReplies: state.triedReplies };
    }
    case 'restart':
      return startRehearsal();
  }
}

function inRange(index: number, length: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < length;
}
