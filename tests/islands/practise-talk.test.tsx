// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { PractiseTalk } from '../../src/islands/PractiseTalk';
import { roleTexts } from '../content/role-table';

const content = {
  openers: ['Can I ask you something about your games?', 'I read something today.', 'Quick question.'],
  replies: [
    { childSays: '(Shrugs)', response: "That's fine, we can talk later.", why: 'No pressure keeps the door open.' },
    { childSays: 'I know all this.', response: 'Great, then teach me.', why: 'Respect builds trust.' },
  ],
  keyMessages: ['I can tell you anything.', 'I will not be in trouble.', 'I can say no.'],
};
const heading = () => screen.getByRole('heading', { level: 3 });

afterEach(cleanup);

describe('Practise this talk (island)', () => {
  it('loads when started, then: opener aloud, own answer before the suggestion, the hard one again, a summary', async () => {
    render(() => <PractiseTalk content={content} addToPlanHref="/plan/?add=8-10%2Fx" roles={roleTexts} />);
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: en.practise.start }));
    expect((await screen.findByRole('heading', { level: 3 })).textContent).toBe(en.practise.steps['choose-opener']);

    fireEvent.click(screen.getByRole('button', { name: content.openers[1]! }));
    expect(heading().textContent).toBe(en.practise.steps['say-opener']);
    fireEvent.click(screen.getByRole('button', { name: en.practise.saidIt }));

    // The suggestion stays hidden until the parent has answered.
    expect(screen.getByText('(Shrugs)')).toBeTruthy();
    expect(screen.queryByText("That's fine, we can talk later.")).toBeNull();
    fireEvent.input(screen.getByLabelText(en.practise.ownReplyLabel), { target: { value: 'OK, another time.' } });
    fireEvent.click(screen.getByRole('button', { name: en.practise.showSuggestion }));
    expect(screen.getByText('OK, another time.')).toBeTruthy();
    expect(screen.getByText("That's fine, we can talk later.")).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en.practise.comeBack }));

    fireEvent.click(screen.getByRole('button', { name: en.practise.showSuggestion }));
    fireEvent.click(screen.getByRole('button', { name: en.practise.gotIt }));

    // The one marked hard comes round again.
    await Promise.resolve();
    expect(heading().textContent).toBe(en.practise.again);
    expect(screen.getByText('(Shrugs)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en.practise.showSuggestion }));
    fireEvent.click(screen.getByRole('button', { name: en.practise.comeBack }));

    expect(heading().textContent).toBe(en.practise.steps.summary);
    expect(screen.getByText('You practised 2 replies.')).toBeTruthy();
    expect(screen.getByText(en.practise.summaryComeBack).parentElement!.textContent).toContain('(Shrugs)');
    for (const message of content.keyMessages) expect(screen.getByText(message)).toBeTruthy();
    expect(screen.getByRole('link', { name: en.practise.addToPlan }).getAttribute('href')).toBe('/plan/?add=8-10%2Fx');
  });

  it("fills region tokens for the reader's region (set on <html> by the head script), neutral without one", async () => {
    const withTokens = { ...content, openers: ['If you feel unsafe, call {emergency}.', ...content.openers.slice(1)] };
    document.documentElement.dataset['region'] = 'ie';
    render(() => <PractiseTalk content={withTokens} addToPlanHref="/plan/" roles={roleTexts} />);
    fireEvent.click(screen.getByRole('button', { name: en.practise.start }));
    expect(await screen.findByRole('button', { name: 'If you feel unsafe, call 112 or 999.' })).toBeTruthy();
    cleanup();
    delete document.documentElement.dataset['region'];
    render(() => <PractiseTalk content={withTokens} addToPlanHref="/plan/" roles={roleTexts} />);
    fireEvent.click(screen.getByRole('button', { name: en.practise.start }));
    expect(
      await screen.findByRole('button', { name: /call your country's emergency number: 999 UK, 112 or 999 Ireland/ }),
    ).toBeTruthy();
  });
});
