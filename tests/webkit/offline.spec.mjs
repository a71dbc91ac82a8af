// Journey on WebKit: the app is opened once with a network (the service worker installs and
// takes over after a reload); in the meeting room there is none (the server is stopped), the
// tablet reloads, and the app and the workshop are still there, screens not opened before too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { endJourney, startJourney } from './support/journey.mjs';
import { createWorkshop, JOURNEY, SETUP } from './support/tablet.mjs';

const TITLE = 'Cameratoezicht stationsplein';
let app;
let tablet;

before(async () => ({ app, tablet } = await startJourney()), SETUP);

after(() => endJourney({ app, tablet }), SETUP);

test('works offline after the service worker is ready, with its data', JOURNEY, async () => {
  await tablet.go('/');
  await tablet.heading(1, 'Workshops');
  await tablet.becomeOfflineReady();
  const base = await createWorkshop(tablet, TITLE);
  await tablet.waitFor('the save indicator to say saved', () => document.querySelector('[data-save-state="saved"]') !== null);

  await app.stop();
  await assert.rejects(fetch(app.origin), 'the server is really gone');
  await tablet.reload();
  await tablet.heading(1, TITLE);
  assert.equal(await tablet.run(() => navigator.serviceWorker.controller !== null), true, 'the service worker served the page');
  await tablet.tap('a', 'DEDA Tafel');
  await tablet.element('a', TITLE);
  await tablet.see('1 workshop op dit apparaat');
  // Screens whose code was never loaded come from the precache.
  await tablet.go(`${base}/topic:privacy`);
  await tablet.heading(2, 'Privacy');
  await tablet.go('/apparaat');
  await tablet.heading(1, 'Dit apparaat');
  await tablet.element('[data-offline-state="ready"]');
});
