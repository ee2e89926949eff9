import { describe, expect, it } from 'vitest';
import {
  currentReply,
  MAX_OWN_REPLY,
  rehearse,
  startRehearsal,
  summariseRehearsal,
  type RehearsalAction,
  type RehearsalContent,
} from '../../src/domain/rehearsal';

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
const begin: RehearsalAction[] = [{ type: 'choose-opener', openerIndex: 1 }, { type: 'said-opener' }];
const answer = (ownReply = ''): RehearsalAction => ({ type: 'answer', ownReply });
const rate = (hard: boolean): RehearsalAction => ({ type: 'rate', hard });

describe('rehearsal', () => {
  it('starts with saying the chosen opener aloud, then the first thing the child might say', () => {
    const saying = run({ type: 'choose-opener', openerIndex: 1 });
    expect(saying).toMatchObject({ phase: 'say-opener', openerIndex: 1, queue: [0, 1, 2] });
    const listening = rehearse(saying, { type: 'said-opener' }, content);
    expect(listening.phase).toBe('child-line');
    expect(currentReply(listening)).toBe(0);
  });

  it('reveals the suggested reply only after the parent answers, keeping what they wrote', () => {
    const atLine = run(...begin);
    expect(rehearse(atLine, rate(false), content)).toBe(atLine);
    const revealed = rehearse(atLine, answer('  I would say it is OK.  '), content);
    expect(revealed).toMatchObject({ phase: 'reveal', ownReply: 'I would say it is OK.' });
    expect(rehearse(atLine, answer('x'.repeat(MAX_OWN_REPLY + 50)), content).ownReply).toHaveLength(MAX_OWN_REPLY);
  });

  it('goes through every reply, then brings the hard ones round again before the summary', () => {
    let state = run(...begin, answer(), rate(true), answer(), rate(false), answer('Mine'), rate(true));
    expect(state).toMatchObject({ phase: 'child-line', round: 'again', queue: [0, 2], ownReply: '' });
    state = rehearse(rehearse(state, answer(), content), rate(false), content); // 0 is fine now
    expect(currentReply(state)).toBe(2);
    state = rehearse(rehearse(state, answer(), content), rate(true), content); // 2 is still hard
    expect(state.phase).toBe('summary');
    expect(summariseRehearsal(state)).toEqual({ practised: 3, comeBackTo: 2 });
  });

  it('ends straight after the first round when nothing was hard', () => {
    const state = run(...begin, answer(), rate(false), answer(), rate(false), answer(), rate(false));
    expect(state.phase).toBe('summary');
    expect(summariseRehearsal(state)).toEqual({ practised: 3, comeBackTo: undefined });
  });

  it('can start again with another opener from the summary', () => {
    const done = run(...begin, answer(), rate(false), answer(), rate(false), answer(), rate(false));
    expect(rehearse(done, { type: 'choose-opener', openerIndex: 2 }, content)).toMatchObject({
      phase: 'say-opener',
      openerIndex: 2,
      practised: [],
      hard: [],
    });
  });

  it('ignores actions that do not fit the phase or point outside the script', () => {
    const start = startRehearsal();
    for (const action of [{ type: 'said-opener' }, answer(), rate(true), { type: 'choose-opener', openerIndex: 7 }]) {
      expect(rehearse(start, action as RehearsalAction, content)).toBe(start);
    }
    const saying = run({ type: 'choose-opener', openerIndex: 0 });
    expect(rehearse(saying, { type: 'choose-opener', openerIndex: 1 }, content)).toBe(saying);
    expect(rehearse(start, { type: 'choose-opener', openerIndex: 0 }, { ...content, replies: [] })).toBe(start);
  });

  it('restart forgets everything', () => {
    expect(run(...begin, answer('x'), { type: 'restart' })).toEqual(startRehearsal());
  });
});
