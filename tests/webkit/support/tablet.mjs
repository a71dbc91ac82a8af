// Why: the WebKit journeys drive MiniBrowser (WebKitGTK, the engine of every browser on an
// iPad) over WebDriver. Selenium speaks the protocol but knows nothing of roles or labels, so
// this wraps it in the few moves a person at the table makes (open, tap a named button, type
// into a labelled field, read what the screen says) and waits, as a person does, for what
// the screen shows, never for a fixed time. Visibility is judged with getClientRects(),
// because WebKit reports no offsetParent inside fixed-position containers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';

/** How long a person would wait for the screen before calling it stuck (a busy 2-core machine is slow). */
const WAIT_MS = 30_000;
/** Options for each journey: one that takes longer than this is stuck, not slow. */
export const JOURNEY = { timeout: Number(process.env.WEBKIT_JOURNEY_TIMEOUT_MS ?? 90_000) };
/** Options for opening and closing the browser. */
export const SETUP = { timeout: 30_000 };

/** The driver and browser the runner (tests/webkit/run.mjs) started for this run. */
function environment() {
  const driver = process.env.WEBKIT_DRIVER_URL;
  const browser = process.env.WEBKIT_MINIBROWSER;
  const dist = process.env.WEBKIT_DIST;
  if (!driver || !browser || !dist) throw new Error('Start the WebKit journeys with `node tests/webkit/run.mjs`: it builds the app and starts Xvfb and WebKitWebDriver.');
  return { driver, browser, dist };
}

export const DIST = () => environment().dist;

/** A text match as the page understands it: exact (after folding white space) or a pattern. */
function matcher(name) {
  if (name == null) return null;
  return name instanceof RegExp ? { source: name.source, flags: name.flags } : { exact: name };
}

// Runs in the page: the first shown element under `css` whose accessible name matches.
function findInPage(css, match, withinCss, kind, usable) {
  const fold = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const ok = (s) => match == null || (match.exact != null ? s === match.exact : new RegExp(match.source, match.flags).test(s));
  // Text a screen reader would read: without aria-hidden parts.
  const textOf = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE || node.getAttribute('aria-hidden') === 'true') return '';
    return [...node.childNodes].map(textOf).join('');
  };
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return fold(by.split(/\s+/).map((id) => (document.getElementById(id) ? textOf(document.getElementById(id)) : '')).join(' '));
    return fold(el.getAttribute('aria-label') ?? textOf(el));
  };
  // Inside the first shown element matching `withinCss`, as a person looks at one card.
  const root = withinCss ? [...document.querySelectorAll(withinCss)].find(shown) : document;
  if (!root) return null;
  if (kind === 'field') {
    for (const label of root.querySelectorAll('label')) {
      const control = label.control;
      if (control && ok(fold(textOf(label)))) return control;
    }
    for (const el of root.querySelectorAll('input[aria-label], textarea[aria-label], select[aria-label]')) if (shown(el) && ok(fold(el.getAttribute('aria-label')))) return el;
    return null;
  }
  // `usable`: not disabled, as a person waits for a greyed-out button to wake up.
  const awake = (el) => !usable || (!el.disabled && el.getAttribute('aria-disabled') !== 'true');
  for (const el of root.querySelectorAll(css)) if (shown(el) && ok(nameOf(el)) && awake(el)) return el;
  return null;
}

// Runs in the page: the transaction trace health() reads (see Tablet.trace()).
function installTrace() {
  const w = window;
  if (w.__trace) return;
  const t = { seq: 0, open: new Map(), done: [], errors: [] };
  w.__trace = t;
  const info = new WeakMap();
  const finish = (x, how) => {
    if (x.end) return;
    x.end = how;
    x.endAt = performance.now();
    t.open.delete(x.id);
    t.done.push(x);
    if (t.done.length > 40) t.done.shift();
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    const x = { id: ++t.seq, db: this.name, stores: [].concat(stores).join(','), mode: mode ?? 'readonly', at: performance.now(), requests: 0, pending: 0, last: '' };
    info.set(tx, x);
    t.open.set(x.id, x);
    tx.addEventListener('complete', () => finish(x, 'complete'));
    tx.addEventListener('abort', () => finish(x, `abort (${tx.error?.name ?? 'no error'})`));
    return tx;
  };
  const watch = (proto, names, kind) => {
    for (const name of names) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        const req = original.apply(this, args);
        const tx = kind === 'cursor' ? this.request?.transaction : this.transaction ?? this.objectStore?.transaction;
        const x = tx && info.get(tx);
        if (x) {
          x.requests += 1;
          x.pending += 1;
          x.last = `${this.name ?? this.source?.name ?? '?'}.${name}`;
          const r = kind === 'cursor' ? this.request : req;
          const settle = () => {
            x.pending -= 1;
            r.removeEventListener('success', settle);
            r.removeEventListener('error', settle);
          };
          r.addEventListener('success', settle);
          r.addEventListener('error', settle);
        }
        return req;
      };
    }
  };
  const reads = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'];
  watch(IDBObjectStore.prototype, [...reads, 'put', 'add', 'delete', 'clear'], 'store');
  watch(IDBIndex.prototype, reads, 'store');
  watch(IDBCursor.prototype, ['continue', 'continuePrimaryKey', 'advance'], 'cursor');
  w.addEventListener('error', (e) => t.errors.push(`error: ${e.message}`));
  w.addEventListener('unhandledrejection', (e) => t.errors.push(`unhandled: ${e.reason?.name ?? ''} ${e.reason?.message ?? e.reason}`));
  const error = console.error.bind(console);
  console.error = (...args) => {
    t.errors.push(`console.error: ${args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ')}`.slice(0, 400));
    error(...args);
  };
}

export class Tablet {
  /** Opens MiniBrowser at iPad (portrait) size on the app at `origin`. */
  static async open(origin) {
    const env = environment();
    const driver = await new Builder()
      .usingServer(env.driver)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: env.browser, args: ['--automation'] } })
      .build();
    await driver.manage().window().setRect({ width: 820, height: 1180 });
    return new Tablet(driver, origin);
  }

  constructor(driver, origin) {
    this.driver = driver;
    this.origin = origin;
  }

  async go(path) {
    await this.driver.get(`${this.origin}${path}`);
    await this.trace();
  }

  async reload() {
    await this.driver.navigate().refresh();
    await this.trace();
  }

  /**
   * Keeps, in the page, a record of every IndexedDB transaction begun from now on (its stores,
   * mode, requests, and how it ended) and of uncaught errors, for health() to report when a
   * wait fails. It patches the prototypes, so it sees the app's transactions too. Called after
   * each page load by go() and reload().
   */
  async trace() {
    await this.run(installTrace).catch(() => undefined);
  }

  /** Runs `fn` in the page with `args`. */
  run(fn, ...args) {
    return this.driver.executeScript(fn, ...args);
  }

  /** Runs an async `fn` in the page and resolves to its result. */
  runAsync(fn, ...args) {
    return this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve((${fn.toString()})(...Array.prototype.slice.call(arguments, 0, -1))).then((v) => done({ ok: v }), (e) => done({ error: String(e) }));`,
      ...args,
    ).then((r) => {
      if (r && 'error' in r) throw new Error(r.error);
      return r?.ok;
    });
  }

  /** Polls `fn` in the page until it returns something truthy, and returns that. */
  waitFor(what, fn, ...args) {
    return this.poll(what, WAIT_MS, fn, ...args);
  }

  /** waitFor() with a patience of `ms`; on failure says what the screen showed and keeps a screenshot. */
  async poll(what, ms, fn, ...args) {
    let last;
    try {
      return await this.driver.wait(async () => (last = await this.run(fn, ...args).catch(() => null)), ms);
    } catch {
      const shot = await this.screenshot().catch(() => null);
      const health = await this.health().catch((e) => `no answer (${e.message})`);
      throw new Error(`Waited ${ms / 1000} s for ${what}; the screen says: ${(await this.mainText()).replace(/\s+/g, ' ').slice(0, 800)}${last ? ` (last: ${JSON.stringify(last)})` : ''}${shot ? ` (screenshot: ${shot})` : ''}; page: ${health}`);
    }
  }

  /**
   * For a failure message: is the page's event loop answering, and does the app's database
   * answer a read (a write stuck behind another transaction shows up here)?
   */
  health() {
    return this.runAsync(async () => {
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, 0));
      const loop = Math.round(performance.now() - t0);
      const t1 = performance.now();
      const read = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve('no answer in 5 s'), 5000);
        const open = indexedDB.open('deda-tafel');
        open.onerror = () => resolve(`open failed: ${open.error}`);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('notes', 'readonly').objectStore('notes').count();
          req.onsuccess = () => {
            clearTimeout(timer);
            resolve(`${req.result} notes in ${Math.round(performance.now() - t1)} ms`);
            db.close();
          };
          req.onerror = () => resolve(`read failed: ${req.error}`);
        };
      });
      const t = window.__trace;
      const now = performance.now();
      const txt = (x) => `#${x.id} ${x.mode} [${x.stores}] ${Math.round(now - x.at)} ms old, ${x.requests} requests, ${x.pending} pending, last ${x.last || 'none'}${x.end ? `, ${x.end} after ${Math.round(x.endAt - x.at)} ms` : ''}`;
      const open = t ? [...t.open.values()].map(txt) : [];
      const recent = t ? t.done.slice(-8).map(txt) : [];
      const errors = t ? t.errors.slice(-5) : [];
      return `event loop ${loop} ms, database read: ${read}, save state: ${document.querySelector('[data-save-state]')?.getAttribute('data-save-state')}${t ? `; open transactions: ${open.join('; ') || 'none'}; last ended: ${recent.join('; ') || 'none'}; errors: ${errors.join(' | ') || 'none'}` : '; no trace'}`;
    });
  }

  /** Saves what the screen shows now into the run's output folder; resolves to the file. */
  async screenshot() {
    const dir = process.env.WEBKIT_OUTPUT;
    if (!dir) return null;
    const file = join(dir, `webkit-${Date.now()}.png`);
    writeFileSync(file, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
    return file;
  }

  /** The first shown element under `css` named `name` (text or aria-label), optionally inside the first shown `within`. */
  element(css, name, within) {
    return this.waitFor(`${css} “${name ?? ''}”${within ? ` in ${within}` : ''}`, findInPage, css, matcher(name), within ?? null, 'element');
  }

  /** The form control whose label matches `label`. */
  field(label, within) {
    return this.waitFor(`the field “${label}”`, findInPage, '', matcher(label), within ?? null, 'field');
  }

  /** Whether a shown element under `css` named `name` is on the screen now. */
  async has(css, name, within) {
    return (await this.run(findInPage, css, matcher(name), within ?? null, 'element')) != null;
  }

  /** Taps the element as element() finds it, once it is enabled. */
  async tap(css, name, within) {
    const el = await this.waitFor(`${css} “${name ?? ''}”${within ? ` in ${within}` : ''} to be there and enabled`, findInPage, css, matcher(name), within ?? null, 'element', true);
    await this.press(el, `${css} “${name}”`);
  }

  /** Types into an empty field, as the on-screen keyboard would. */
  async type(label, text, within) {
    const el = await this.field(label, within);
    await this.press(el, `the field “${label}”`);
    await el.sendKeys(text);
  }

  /** Picks the radio button or checkbox labelled `label`, and waits until it shows as chosen. */
  async choose(label, within) {
    const el = await this.field(label, within);
    await this.press(el, `the choice “${label}”`);
    await this.waitFor(`“${label}” to be chosen`, (e) => e.checked, el);
  }

  /** A real pointer click in its middle; says what lies over the element when it cannot. */
  async press(el, what) {
    await this.run((t) => t.scrollIntoView({ block: 'center' }), el);
    // As a finger waits for the screen to settle: a block that appears above the element while
    // the screen is still loading moves it, and a click at its old place lands on something else
    // (seen as a lost tap in the report journey). Waits until it keeps its place for two frames.
    await this.runAsync(settled, el).catch(() => undefined);
    try {
      await el.click();
    } catch (e) {
      if (e.name !== 'ElementClickInterceptedError') throw e;
      const over = await this.run((t) => {
        const r = t.getBoundingClientRect();
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return top ? `${top.tagName.toLowerCase()}.${top.className} “${(top.textContent ?? '').trim().slice(0, 80)}”` : 'nothing';
      }, el);
      throw new Error(`Tapping ${what}: something lies over it: ${over}`);
    }
  }

  /** The text of the main region (without header), for failure messages. */
  mainText() {
    return this.run(() => (document.querySelector('main') ?? document.body).innerText).catch(() => '');
  }

  /** All text on the screen. */
  screenText() {
    return this.run(() => document.body.innerText).catch(() => '');
  }

  /** Waits (by default 30 s) until the screen shows `text` (a string or a pattern); returns the matching text. */
  see(text, ms = WAIT_MS) {
    const m = matcher(text);
    return this.poll(
      `the text “${text}”`,
      ms,
      (match) => {
        const all = document.body.innerText;
        if (match.exact != null) return all.includes(match.exact) ? match.exact : null;
        return new RegExp(match.source, match.flags).exec(all)?.[0] ?? null;
      },
      m,
    );
  }

  async heading(level, name) {
    return this.element(`h${level}`, name);
  }

  /**
   * WebKit in automation mode writes no downloads to disk. This keeps every Blob the app turns
   * into a download link in the page, with the file name the link asks for, so the journey can
   * read the very bytes the person would have received. Call it after each page load.
   */
  async keepDownloads() {
    await this.run(() => {
      const w = window;
      if (w.__downloads) return;
      const blobs = new Map();
      w.__downloads = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (o) => {
        const url = create(o);
        if (o instanceof Blob) blobs.set(url, o);
        return url;
      };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        if (this.download && blobs.has(this.href)) w.__downloads.push({ name: this.download, blob: blobs.get(this.href) });
        return click.call(this);
      };
    });
  }

  /** Names of the downloads the app started since keepDownloads(). */
  downloadNames() {
    return this.run(() => (window.__downloads ?? []).map((d) => d.name));
  }

  /** The bytes of download number `index`. */
  async downloadBytes(index) {
    const base64 = await this.runAsync(async (i) => {
      const d = window.__downloads?.[i];
      if (!d) throw new Error(`no download number ${i}`);
      const bytes = new Uint8Array(await d.blob.arrayBuffer());
      let s = '';
      for (let k = 0; k < bytes.length; k += 0x8000) s += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
      return btoa(s);
    }, index);
    return Buffer.from(base64, 'base64');
  }

  /** Waits until the service worker is active, reloads, and waits until it controls the page. */
  async becomeOfflineReady() {
    const state = await this.runAsync(async () => (await navigator.serviceWorker.ready).active?.state ?? 'none');
    if (state === 'none') throw new Error('the service worker did not become active');
    await this.reload();
    await this.waitFor('the service worker to control the page', () => navigator.serviceWorker.controller !== null);
  }

  async quit() {
    await this.driver.quit().catch(() => undefined);
  }
}

/** Creates a workshop from the home screen and resolves to its path (/workshop/<id>). */
export async function createWorkshop(tablet, title, facilitator = 'Zoë Ørsted-Çelik') {
  await tablet.go('/');
  await tablet.tap('button', /^Nieuwe workshop/);
  await tablet.type(/^Titel/, title, 'dialog[open]');
  await tablet.type(/^Facilitator/, facilitator, 'dialog[open]');
  await tablet.tap('button', 'Workshop aanmaken', 'dialog[open]');
  await tablet.heading(1, title);
  const url = await tablet.driver.getCurrentUrl();
  const path = /\/workshop\/[0-9a-f-]{36}/.exec(url)?.[0];
  if (!path) throw new Error(`no workshop address in ${url}`);
  return path;
}

/** In the page: resolves once `el` has had the same place on screen for two frames (at most 2 s). */
function settled(el) {
  return new Promise((resolve) => {
    const until = Date.now() + 2000;
    let last = '';
    let same = 0;
    const look = () => {
      const r = el.getBoundingClientRect();
      const now = `${r.x},${r.y},${r.width},${r.height}`;
      same = now === last ? same + 1 : 0;
      last = now;
      if (same >= 2 || Date.now() > until) resolve(same >= 2);
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}
