// Why: code that the first screen does not need (other screens, dialogs) is loaded when first
// used, which keeps the first load small; it is precached, so this works offline as well.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadNamespaces, namespacesLoaded } from '../i18n/i18n';
import type { Namespace } from '../i18n/resources';
import { useT } from '../i18n/use-t';

function lazy<P extends object>(load: () => Promise<ComponentType<P>>, ready: () => boolean, Fallback: ComponentType): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => (ready() ? loaded : null));
    const [failed, setFailed] = useState<unknown>(null);
    useEffect(() => {
      if (Component) return;
      pending ??= load();
      pending.then(
        (c) => {
          loaded = c;
          setComponent(() => c);
        },
        (error: unknown) => {
          pending = null;
          setFailed(error ?? new Error('part of the app failed to load'));
        },
      );
    }, [Component]);
    // The error itself, so that the error boundary can tell an update's missing file from a bug.
    if (failed) throw failed;
    if (!Component) return <Fallback />;
    return <Component {...props} />;
  };
}

function Loading() {
  const { t } = useT();
  return (
    <p class="nl-paragraph subtle" role="status">
      {t('loading')}
    </p>
  );
}

function Nothing() {
  return null;
}

/** A screen, with the translation namespaces it needs. */
export function lazyScreen<P extends object>(namespaces: readonly Namespace[], loadScreen: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(() => Promise.all([loadScreen(), loadNamespaces(namespaces)]).then(([c]) => c), () => namespacesLoaded(namespaces), Loading);
}

/** A part of a screen (a dialog) that shows nothing until it is there. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(load, () => true, Nothing);
}
