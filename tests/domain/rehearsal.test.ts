import { describe, expect, it } from 'vitest';
import { rehearse, startRehearsal, type RehearsalAction, type RehearsalContent } from '../../src/domain/rehearsal';

const content: RehearsalContent = {
  openers: ['Opener one', 'Opener two', 'Opener three'],
  replies: [
    { childSays: '(shrugs)', response: 'That is fine.', why: 'No pressure.' },
    { childSays: 'I know this already.', response: 'Great, teach me.', why: 'Respect.' },
    { childSays: 'It is my friend.', response: 'Thanks for telling me.', why: 'Opens the door.' },
  ],
  keyMessages: ['One', 'Two', 'Three'],
};

function run(...actions: RehearsalAction[]) {
  return actions.reduce((state, action) => rehearse(state, action, content), startRehearsal());
}

describe('rehearsal', () => {
  it('walks from an opener to a reply to the suggested response', () => {
    const state = run({ type: 'choose-opener', openerIndex: 1 }, { type: 'choose-reply', replyIndex: 2 });
    expect(state.step).toEqual({ kind: 'response', openerIndex: 1, replyIndex: 2 });
    expect(state.triedReplies).toEqual([2]);
  });

  it('lets the parent try another reply with the same opener and remembers what was tried', () => {
    const state = run(
      { type: 'choose-opener', openerIndex: 0 },
      { type: 'choose-reply', replyIndex: 0 },
      { type: 'try-another' },
      { type: 'choose-reply', replyIndex: 1 },
      { type: 'try-another' },
    );
    expect(state.step).toEqual({ kind: 'opener', openerIndex: 0 });
    expect(state.triedReplies).toEqual([0, 1]);
  });

  it('goes back one step at a time to the start, and no further', () => {
    let state = run({ type: 'choose-opener', openerIndex: 0 }, { type: 'choose-reply', replyIndex: 1 });
    state = rehearse(state, { type: 'back' }, content);
    expect(state.step).toEqual({ kind: 'opener', openerIndex: 0 });
    state = rehearse(state, { type: 'back' }, content);
    expect(state.step).toEqual({ kind: 'start' });
    expect(rehearse(state, { type: 'back' }, content)).toBe(state);
  });

  it('finishes with the summary from any step after the start, and back returns from it', () => {
    const finished = run({ type: 'choose-opener', openerIndex: 2 }, { type: 'finish' });
    expect(finished.step).toEqual({ kind: 'summary' });
    expect(rehearse(finished, { type: 'back' }, content).step).toEqual({ kind: 'opener', openerIndex: 2 });
    expect(run({ type: 'finish' }).step).toEqual({ kind: 'start' });
  });

  it('can start again with a different opener from the summary', () => {
    const state = run(
      { type: 'choose-opener', openerIndex: 0 },
      { type: 'finish' },
      { type: 'choose-opener', openerIndex: 1 },
    );
    expect(state.step).toEqual({ kind: 'opener', openerIndex: 1 });
  });

  it('ignores actions that do not fit the current step or point outside the script', () => {
    const start = startRehearsal();
    expect(rehearse(start, { type: 'choose-reply', replyIndex: 0 }, content)).toBe(start);
    expect(rehearse(start, { type: 'choose-opener', openerIndex: 7 }, content)).toBe(start);
    expect(rehearse(start, { type: 'try-another' }, content)).toBe(start);
    const atOpener = run({ type: 'choose-opener', openerIndex: 0 });
    expect(rehearse(atOpener, { type: 'choose-reply', replyIndex: -1 }, content)).toBe(atOpener);
    expect(rehearse(atOpener, { type: 'choose-opener', openerIndex: 1 }, content)).toBe(atOpener);
  });

  it('restart forgets everything', () => {
    const state = run(
      { type: 'choose-opener', openerIndex: 0 },
      { type: 'choose-reply', replyIndex: 0 },
      { type: 'restart' },
    );
    expect(state).toEqual(startRehearsal());
  });
});
