// Why: a facilitator who travels keeps many workshops on one tablet. This measures how the
// screens that read across workshops (home, follow-up) and those that read one (a topic board,
// adding a note) grow from 1 to 20 to 100 workshops of 300 notes and 10 action points each, on
// the production build in Chromium at tablet size under 4x CPU throttling. The sizes are
// measured interleaved (round by round) so that a noisy moment of the shared machine falls on
// all of them alike. Seeding writes rows of the app's own shapes straight into IndexedDB,
// cloned from a workshop made through the app (set-up, not measured).
// Besides the times it records the home screen's layout shift (CLS, from a PerformanceObserver,
// as Lighthouse counts it: shifts without recent input), its largest contentful paint, and a
// cold first tap on "Nieuwe workshop" (tapped in the frame the button appears, until the
// dialog is open), the figures issue 16 compared with the lightest peer.
// BENCH_DIST=<dir>[,<dir>...] measures other builds (several: interleaved in the same rounds,
// one table each, for a before/after from one run); BENCH_ROUNDS=<n> (default 5) the rounds;
// BENCH_SIZES=1,20,100 (the default) the numbers of workshops.
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { chromiumPath, serveDist, stats } from './serve-dist.mjs';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
const dists = (process.env.BENCH_DIST ?? join(root, 'dist')).split(',').filter(Boolean);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1,20,100').split(',').map(Number);
const NOTES = 300;
const POINTS = 10;
const BOARD = 'algorithms';
const ON_BOARD = 120;
const ADDS = 20;
const THROTTLE = 4;

const servers = [];
for (const dist of dists) servers.push(await serveDist(dist));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-gpu', '--disable-background-networking'] });

/** One isolated browser profile (its own IndexedDB) holding `size` workshops. */
async function seeded(server, size) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(server.origin);
  await page.getByRole('button', { name: /Nieuwe workshop/ }).first().click();
  await page.getByLabel(/^Titel/).fill('Schaal 0');
  await page.getByRole('button', { name: 'Workshop aanmaken' }).click();
  await page.waitForURL(/\/workshop\//);
  const first = new URL(page.url()).pathname.split('/')[2];
  await page.evaluate(
    async ({ first, size, NOTES, POINTS, BOARD, ON_BOARD }) => {
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open('deda-tafel');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const get = (store, key) =>
        new Promise((resolve) => {
          const r = db.transaction(store).objectStore(store).get(key);
          r.onsuccess = () => resolve(r.result);
        });
      const template = await get('workshops', first);
      const packs = await new Promise((resolve) => {
        const r = db.transaction('packs').objectStore('packs').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const topics = packs[0].groups.flatMap((g) => g.topics);
      const big = topics.find((t) => t.id === BOARD);
      const others = topics.filter((t) => t !== big).flatMap((t) => t.questions.map((q) => q.id));
      const kinds = ['answer', 'concern', 'question', 'idea'];
      const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      const tx = db.transaction(['workshops', 'notes', 'actionPoints'], 'readwrite');
      const [ws, notes, aps] = ['workshops', 'notes', 'actionPoints'].map((s) => tx.objectStore(s));
      for (let w = 0; w < size; w += 1) {
        const id = w === 0 ? first : crypto.randomUUID();
        const at = new Date(Date.now() - w * 60_000).toISOString();
        if (w > 0) ws.put({ ...template, id, title: `Schaal ${w}`, organisation: `Gemeente ${w % 7}`, createdAt: at, updatedAt: at });
        for (let i = 0; i < NOTES; i += 1) {
          const questionId = i < ON_BOARD ? big.questions[i % big.questions.length].id : others[i % others.length];
          notes.put({ id: crypto.randomUUID(), workshopId: id, questionId, text: `Notitie ${i}: ${'Een zin zoals aan tafel gezegd wordt, over gegevens en gevolgen. '.repeat(1 + (i % 3))}`, kind: kinds[i % 4], speaker: { kind: 'group' }, order: i, createdAt: at, updatedAt: at });
        }
        for (let i = 0; i < POINTS; i += 1) {
          // 3 overdue, 3 due later, 2 without a date, 1 done, 1 dropped; 4 are conditions.
          const status = i === 8 ? 'done' : i === 9 ? 'dropped' : i % 4 === 1 ? 'in-progress' : 'open';
          const dueDate = i < 3 ? day(-1 - i - w) : i < 6 ? day(5 + i + w) : i < 8 ? null : day(-3);
          aps.put({ id: crypto.randomUUID(), workshopId: id, title: `Actiepunt ${i} van workshop ${w}`, description: '', owner: { kind: 'person', name: `Eigenaar ${i % 3}` }, dueDate, priority: ['high', 'medium', 'low'][i % 3], isCondition: i % 3 === 0, status, dropReason: status === 'dropped' ? 'Niet meer nodig' : '', origin: { kind: 'manual' }, valueId: null, precondition: null, order: i, createdAt: at, updatedAt: at, completedAt: status === 'done' ? at : null });
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { first, size, NOTES, POINTS, BOARD, ON_BOARD },
  );
  await context.addInitScript({ content: `(${marks})(${size})` });
  const cdp = await context.newCDPSession(page);
  return { size, context, page, cdp, first, origin: server.origin };
}

async function throttle(p) {
  await p.cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
}

/**
 * Every frame from the start of each document, the first moment (ms since navigation start)
 * each mark holds. An init script, as the app's Content-Security-Policy forbids evaluated
 * strings, and a check started after `goto` returns could come too late.
 */
function marks(size) {
  const checks = {
    cards: () => document.querySelectorAll('.card').length >= size,
    summaries: () => document.querySelectorAll('.card [data-conditions]').length >= size,
    newReady: () => [...document.querySelectorAll('button')].some((b) => /Nieuwe workshop/.test(b.textContent ?? '')),
    followUp: () => document.querySelectorAll('.follow-up .ap').length > 0,
    dialog: () => document.querySelector('dialog[open] input') !== null,
  };
  window.__marks = {};
  // No mark is taken on a workshop's screens: no loop there to load the machine.
  if (location.pathname.startsWith('/workshop')) return;
  window.__cls = 0;
  window.__moved = new Set();
  window.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__cls += e.value;
      // What moved, to say where a shift comes from.
      for (const src of e.sources ?? []) if (src.node?.nodeType === 1) window.__moved.add(`${src.node.nodeName.toLowerCase()}.${[...src.node.classList].join('.')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // ?bench-tap: tap "Nieuwe workshop" in the frame it first appears (a facilitator who knows
  // where it is), so the time to the open dialog includes any code still to be fetched.
  const tap = location.search.includes('bench-tap');
  const tick = () => {
    for (const [k, check] of Object.entries(checks)) if (window.__marks[k] === undefined && check()) window.__marks[k] = performance.now();
    if (tap && window.__marks.newReady !== undefined && window.__marks.tapped === undefined) {
      window.__marks.tapped = performance.now();
      [...document.querySelectorAll('button')].find((b) => /Nieuwe workshop/.test(b.textContent ?? '')).click();
    }
    if (performance.now() < 120_000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function when(page, mark) {
  for (;;) {
    const at = await page.evaluate((m) => window.__marks?.[m], mark);
    if (at !== undefined) return at;
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function home(p) {
  await p.page.goto('about:blank');
  await throttle(p);
  await p.page.goto(p.origin);
  const cards = await when(p.page, 'cards');
  const summaries = await when(p.page, 'summaries');
  const newReady = await when(p.page, 'newReady');
  // Shifts count until the page has settled: its fonts loaded and a moment of quiet.
  const { cls, lcp, moved } = await p.page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => setTimeout(r, 500));
    return { cls: window.__cls, lcp: window.__lcp, moved: [...window.__moved] };
  });
  return { cards, summaries, newReady, cls, lcp, moved };
}

async function firstTap(p) {
  await p.page.goto('about:blank');
  await throttle(p);
  await p.page.goto(`${p.origin}/?bench-tap`);
  const tapped = await when(p.page, 'tapped');
  const dialog = await when(p.page, 'dialog');
  return dialog - tapped;
}

async function followUp(p) {
  await p.page.goto('about:blank');
  await throttle(p);
  await p.page.goto(`${p.origin}/opvolging`);
  const shown = await when(p.page, 'followUp');
  const elements = await p.page.evaluate(() => document.getElementsByTagName('*').length);
  return { shown, elements };
}

async function board(p) {
  await p.page.goto('about:blank');
  await throttle(p);
  await p.page.goto(`${p.origin}/workshop/${p.first}/topic:source`);
  await p.page.locator('.question').first().waitFor();
  return p.page.evaluate(async ({ BOARD, ON_BOARD }) => {
    const link = [...document.querySelectorAll('a.rail__link')].find((a) => a.getAttribute('href')?.endsWith(`topic:${BOARD}`));
    const start = performance.now();
    link.click();
    await new Promise((resolve) => {
      const check = () => (document.querySelectorAll('.note').length >= ON_BOARD ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - start;
  }, { BOARD, ON_BOARD });
}

async function adds(p) {
  // The board is open from board(); add notes on its first question.
  await p.page.locator('.note').nth(ON_BOARD - 1).waitFor();
  await p.page.locator('.question').first().getByRole('button', { name: /^Notitie bij:/ }).click();
  // The composer may come a frame later (more so under throttling).
  await p.page.locator('.composer textarea').first().waitFor();
  return p.page.evaluate(async (ADDS) => {
    const form = document.querySelector('.composer');
    const area = form.querySelector('textarea');
    const submit = form.querySelector('button[type=submit]');
    const list = form.closest('.question');
    const out = [];
    for (let i = 0; i < ADDS; i += 1) {
      const text = `Gemeten notitie ${i} ${Math.random()}`;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestIdleCallback(() => r(), { timeout: 300 }));
      const start = performance.now();
      const seen = new Promise((resolve) => {
        const obs = new MutationObserver(() => {
          if ([...list.querySelectorAll('.note[data-state="stored"] .note__text')].some((n) => n.textContent === text)) {
            obs.disconnect();
            resolve();
          }
        });
        obs.observe(list, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-state'] });
      });
      submit.click();
      await seen;
      out.push(performance.now() - start);
    }
    return out;
  }, ADDS);
}

const profiles = [];
for (const server of servers) for (const size of SIZES) profiles.push({ ...(await seeded(server, size)), build: server.origin });
const blank = () => ({ moved: new Set(), cards: [], summaries: [], newReady: [], cls: [], lcp: [], tap: [], followUp: [], elements: 0, board: [], add: [] });
const samples = new Map(profiles.map((p) => [p, blank()]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (const p of profiles) {
    const s = samples.get(p);
    const h = await home(p);
    s.cards.push(h.cards);
    s.summaries.push(h.summaries);
    s.newReady.push(h.newReady);
    s.cls.push(h.cls);
    for (const m of h.moved) s.moved.add(m);
    s.lcp.push(h.lcp);
    s.tap.push(await firstTap(p));
    const f = await followUp(p);
    s.followUp.push(f.shown);
    s.elements = f.elements;
    s.board.push(await board(p));
    s.add.push(...(await adds(p)));
    // Nothing of this profile runs while the others are measured.
    await p.page.goto('about:blank');
  }
}

const med = (xs) => stats(xs).median;
const ms = (n) => `${Math.round(n)} ms`;
dists.forEach((dist, d) => {
  const own = profiles.filter((p) => p.build === servers[d].origin);
  console.log(`  build ${dist}`);
  console.log(`  ${SIZES.join(' / ')} workshops of ${NOTES} notes and ${POINTS} action points, 820x1180, CPU ${THROTTLE}x slower, ${ROUNDS} rounds interleaved${dists.length > 1 ? ` with ${dists.length} builds` : ''} (medians; ms from navigation start unless said)`);
  const cols = [['workshops', 10], ['home cards', 11], ['summaries', 11], ['new btn', 9], ['LCP', 9], ['CLS', 7], ['1st tap', 9], ['follow-up', 11], ['DOM el.', 9], ['board', 9], ['add p50', 9], ['add p95', 9]];
  console.log(`  ${cols.map(([c, w], i) => (i === 0 ? c.padEnd(w) : c.padStart(w))).join('')}`);
  const rows = new Map();
  for (const p of own) {
    const s = samples.get(p);
    const add = stats(s.add);
    const row = { cards: med(s.cards), summaries: med(s.summaries), newReady: med(s.newReady), lcp: med(s.lcp), cls: med(s.cls), tap: med(s.tap), followUp: med(s.followUp), elements: s.elements, board: med(s.board), p50: add.median, p95: add.p95 };
    rows.set(p.size, row);
    const cells = [String(p.size), ms(row.cards), ms(row.summaries), ms(row.newReady), ms(row.lcp), row.cls.toFixed(3), ms(row.tap), ms(row.followUp), String(row.elements), ms(row.board), ms(row.p50), ms(row.p95)];
    console.log(`  ${cells.map((c, i) => (i === 0 ? c.padEnd(cols[i][1]) : c.padStart(cols[i][1]))).join('')}`);
  }
  const a = rows.get(SIZES[0]);
  const b = rows.get(SIZES[SIZES.length - 1]);
  const g = (k) => `${(b[k] / a[k]).toFixed(2)}x`;
  console.log(`  growth ${SIZES[0]} -> ${SIZES[SIZES.length - 1]}: home cards ${g('cards')}, summaries ${g('summaries')} (target <= 1.5x), new button ${g('newReady')}, first tap ${g('tap')}, follow-up ${g('followUp')} (target <= 1.5x; DOM ${g('elements')}), board ${g('board')}, add p50 ${g('p50')}, p95 ${g('p95')} (target <= 1.2x)`);
  const worstCls = Math.max(...own.flatMap((p) => samples.get(p).cls));
  const moved = [...new Set(own.flatMap((p) => [...samples.get(p).moved]))];
  console.log(`  home CLS: worst of all runs ${worstCls.toFixed(3)} (target 0)${moved.length ? `; what moved: ${moved.join(', ')}` : ''}\n`);
});
for (const p of profiles) await p.context.close();
await browser.close();
for (const server of servers) await server.close();
