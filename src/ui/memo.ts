// Why: long lists (hundreds of notes on one board) must not re-render every item when one
// is added. Preact's core has no memo (it lives in preact/compat); this is the small part
// of it we need: skip a re-render when `same(old, new)` says the props did not change.
import { Component, h, type ComponentType, type FunctionComponent } from 'preact';

export function memo<P extends object>(Inner: FunctionComponent<P>, same: (a: Readonly<P>, b: Readonly<P>) => boolean): ComponentType<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: Readonly<P>): boolean {
      return !same(this.props, next);
    }
    override render() {
      return h(Inner, this.props);
    }
  }
  (Memo as unknown as { displayName: string }).displayName = `Memo(${Inner.displayName ?? Inner.name})`;
  return Memo;
}
