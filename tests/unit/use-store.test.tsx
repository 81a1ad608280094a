// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render as mount } from 'preact';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { atom } from 'nanostores';
import { renderToString } from 'preact-render-to-string';
import { useStore } from '../../src/islands/use-store';

afterEach(cleanup);

function Show({ store, ssr }: { store: ReturnType<typeof atom<string>>; ssr?: 'initial' }) {
  const value = useStore(store, ssr ? { ssr } : undefined);
  return <p>value: {value}</p>;
}

describe('useStore', () => {
  it('shows the value, then every change, and stops listening when unmounted', async () => {
    const store = atom('a');
    const { unmount } = render(<Show store={store} />);
    expect(screen.getByText('value: a')).toBeTruthy();
    await act(() => store.set('b'));
    expect(screen.getByText('value: b')).toBeTruthy();
    expect(store.lc).toBe(1);
    unmount();
    expect(store.lc).toBe(0);
  });

  it("with ssr: 'initial', the first render matches the server's (the initial value), and the stored value follows", async () => {
    const store = atom('initial');
    store.set('stored');
    expect(renderToString(<Show store={store} ssr="initial" />)).toBe('<p>value: initial</p>');
    render(<Show store={store} ssr="initial" />);
    await act(() => {});
    expect(screen.getByText('value: stored')).toBeTruthy();
  });

  it('catches a change made between the render and the subscription', async () => {
    const store = atom('before');
    const container = document.createElement('div');
    mount(<Show store={store} />, container);
    expect(container.textContent).toBe('value: before');
    // Effects run after paint: a change now finds no listener yet.
    store.set('after');
    expect(store.lc).toBe(0);
    await vi.waitFor(() => expect(container.textContent).toBe('value: after'));
    mount(null, container);
  });
});
