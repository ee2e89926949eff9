// @vitest-environment happy-dom
import { cleanup, render, screen } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { fromJson, islandProps } from '../../src/islands/json-props';

function Greeting(props: { name: string; times: number[] }) {
  return <p>{`Hello ${props.name}, ${props.times.join('+')}`}</p>;
}
const Island = fromJson(Greeting);

afterEach(cleanup);

describe('fromJson (an island taking its props as one JSON string)', () => {
  it('draws nothing in the task that loaded it, then the component with the props it was given', async () => {
    const json = islandProps(Island, { name: 'Sam', times: [1, 2] });
    render(() => <Island json={json} />);
    expect(screen.queryByText(/Hello/)).toBeNull();
    expect((await screen.findByText('Hello Sam, 1+2')).tagName).toBe('P');
  });

  it('draws nothing at all when it is gone before its turn', async () => {
    const { unmount, container } = render(() => <Island json={islandProps(Island, { name: 'Ari', times: [] })} />);
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(container.textContent).toBe('');
  });
});
