// Why: screens other than the home screen are loaded when first opened, which keeps the
// first load small; they are precached, so this works offline as well.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadNamespaces, namespacesLoaded } from '../i18n/i18n';
import type { Namespace } from '../i18n/resources';
import { useT } from '../i18n/use-t';

export function lazyScreen<P extends object>(namespaces: readonly Namespace[], loadScreen: () => Promise<ComponentType<P>>): ComponentType<P> {
  const load = () => Promise.all([loadScreen(), loadNamespaces(namespaces)]).then(([c]) => c);
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyScreen(props: P) {
    const { t } = useT();
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => (namespacesLoaded(namespaces) ? loaded : null));
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Screen) return;
      pending ??= load();
      pending.then(
        (c) => {
          loaded = c;
          setScreen(() => c);
        },
        () => {
          pending = null;
          setFailed(true);
        },
      );
    }, [Screen]);
    if (failed) throw new Error('screen failed to load');
    if (!Screen) return <p class="nl-paragraph subtle" role="status">{t('loading')}</p>;
    return <Screen {...props} />;
  };
}
