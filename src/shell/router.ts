// Why: the URL says where the user is, so that a reload (or an app update) anywhere returns
// to the same screen. Routes are a small union; no router library is needed for five paths.
import { useEffect, useState } from 'preact/hooks';
import type { WorkshopId } from '../domain/ids';

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'device' }
  | { readonly name: 'packs' }
  | { readonly name: 'import' }
  | { readonly name: 'follow-up' }
  | { readonly name: 'statement' }
  | { readonly name: 'contribute' }
  | { readonly name: 'workshop'; readonly id: WorkshopId; readonly section: string | null }
  /** An anonymised copy opened as a read-only example, by its SHA-256. */
  | { readonly name: 'example'; readonly id: string }
  | { readonly name: 'not-found'; readonly path: string };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/apparaat' || path === '/device') return { name: 'device' };
  if (path === '/vragensets') return { name: 'packs' };
  if (path === '/importeren' || path === '/import') return { name: 'import' };
  if (path === '/opvolging' || path === '/follow-up') return { name: 'follow-up' };
  if (path === '/toegankelijkheid' || path === '/accessibility') return { name: 'statement' };
  if (path === '/meeschrijven') return { name: 'contribute' };
  const ex = /^\/voorbeeld\/([0-9a-f]{64})$/.exec(path);
  if (ex?.[1]) return { name: 'example', id: ex[1] };
  const m = /^\/workshop\/([0-9a-fA-F-]{36})(?:\/(.+))?$/.exec(path);
  if (m?.[1]) return { name: 'workshop', id: m[1] as WorkshopId, section: m[2] ? decodeURIComponent(m[2]) : null };
  return { name: 'not-found', path };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'device':
      return '/apparaat';
    case 'packs':
      return '/vragensets';
    case 'import':
      return '/importeren';
    case 'follow-up':
      return '/opvolging';
    case 'statement':
      return '/toegankelijkheid';
    case 'contribute':
      return '/meeschrijven';
    case 'workshop':
      return `/workshop/${route.id}${route.section ? `/${encodeURIComponent(route.section).replace(/%3A/gi, ':').replace(/%2F/gi, '/')}` : ''}`;
    case 'example':
      return `/voorbeeld/${route.id}`;
    case 'not-found':
      return route.path;
  }
}

const EVENT = 'deda:navigate';

export function navigate(href: string, opts: { replace?: boolean } = {}): void {
  if (href === location.pathname + location.search) return;
  if (opts.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  dispatchEvent(new Event(EVENT));
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    addEventListener('popstate', update);
    addEventListener(EVENT, update);
    return () => {
      removeEventListener('popstate', update);
      removeEventListener(EVENT, update);
    };
  }, []);
  return route;
}
