// Why: a bug in one screen must not leave a blank page or show a stack trace. The data is
// in IndexedDB, so the honest message is "nothing is lost, reload".
import { Component, type ComponentChildren } from 'preact';
import { i18n } from '../i18n/i18n';
import { Button } from '../ui/Button';
import { isChunkLoadError, isStaleCode, reportStaleCode } from '../shell/stale-code';

export class ErrorBoundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown) {
    // A screen of the previous version that cannot load after an update: the storage guard
    // asks for a reload into the new version instead (see stale-code.ts).
    if (isChunkLoadError(error) || isStaleCode()) reportStaleCode();
    else console.error('DEDA Tafel: screen failed', error);
    this.setState({ failed: true });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    if (isStaleCode()) return null;
    return (
      <div class="panel" role="alert">
        <h1 class="nl-heading nl-heading--level-1">{i18n.t('crash.title')}</h1>
        <p class="nl-paragraph">{i18n.t('crash.body')}</p>
        <Button appearance="primary" onClick={() => location.reload()}>
          {i18n.t('actions.reload')}
        </Button>
      </div>
    );
  }
}
