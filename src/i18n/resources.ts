// Why: Dutch is the source language: its JSON files type every translation key. Only the
// namespaces the first screen needs are bundled into the first load (common, home, pwa);
// every other namespace, and every other language, is a separate chunk fetched (from the
// precache, so also offline) when a screen or the language switch asks for it.
// To add a namespace: add the JSON to every locale folder and its type below.
import common from '../../locales/nl/common.json';
import home from '../../locales/nl/home.json';
import pwa from '../../locales/nl/pwa.json';

export const eagerResources = { common, home, pwa } as const;

export type SourceResources = typeof eagerResources & {
  device: typeof import('../../locales/nl/device.json');
  workshop: typeof import('../../locales/nl/workshop.json');
  exchange: typeof import('../../locales/nl/exchange.json');
  report: typeof import('../../locales/nl/report.json');
  decision: typeof import('../../locales/nl/decision.json');
  statement: typeof import('../../locales/nl/statement.json');
  packs: typeof import('../../locales/nl/packs.json');
};
export type Namespace = keyof SourceResources;
export const EAGER_NAMESPACES = Object.keys(eagerResources) as Namespace[];

/** Lazy loaders for every locale file not bundled eagerly, keyed `../../locales/<lang>/<ns>.json`. */
export const lazyLocaleFiles = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*/*.json',
  '!../../locales/nl/common.json',
  '!../../locales/nl/home.json',
  '!../../locales/nl/pwa.json',
]);
