// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import PractiseTalk from '../../src/islands/PractiseTalk';
import { roleTexts } from '../content/role-table';

const content = {
  openers: ['Can I ask you something about your games?', 'I read something today.', 'Quick question.'],
  replies: [
    { childSays: '(Shrugs)', response: "That's fine, we can talk later.", why: 'No pressure keeps the door open.' },
    { childSays: 'I know all this.', response: 'Great, then teach me.', why: 'Respect builds trust.' },
  ],
  keyMessages: ['I can tell you anything.', 'I will not be in trouble.', 'I can say no.'],
};

afterEach(cleanup);

describe('Practise this talk (island)', () => {
  it('walks through opener, reply and response, then shows the key messages', async () => {
    render(() => <PractiseTalk content={content} text={en.practise} roles={roleTexts} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(en.practise.steps.start);

    fireEvent.click(screen.getByRole('button', { name: content.openers[1]! }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(en.practise.steps.opener);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3 }));

    fireEvent.click(screen.getByRole('button', { name: '(Shrugs)' }));
    expect(screen.getByText("That's fine, we can talk later.")).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: en.practise.tryAnother }));
    expect(screen.getByRole('button', { name: `(Shrugs) ${en.practise.practised}` })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: en.practise.finish }));
    for (const message of content.keyMessages) expect(screen.getByText(message)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: en.practise.back }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(en.practise.steps.opener);
  });

  it("fills region tokens for the reader's region (set on <html> by the head script), neutral without one", () => {
    const withTokens = { ...content, openers: ['If you feel unsafe, call {emergency}.', ...content.openers.slice(1)] };
    document.documentElement.dataset['region'] = 'ie';
    render(() => <PractiseTalk content={withTokens} text={en.practise} roles={roleTexts} />);
    expect(screen.getByRole('button', { name: 'If you feel unsafe, call 112 or 999.' })).toBeTruthy();
    cleanup();
    delete document.documentElement.dataset['region'];
    render(() => <PractiseTalk content={withTokens} text={en.practise} roles={roleTexts} />);
    expect(
      screen.getByRole('button', { name: /call your country's emergency number: 999 UK, 112 or 999 Ireland/ }),
    ).toBeTruthy();
  });
});
