// Why: every WebKit journey file starts the built app on a server of its own with one tablet on
// it, and ends both (and its scratch folder, if it has one) whatever happened in between.
import { rmSync } from 'node:fs';
import { serveApp } from './server.mjs';
import { DIST, Tablet } from './tablet.mjs';

/** The app served from the build, and a tablet (MiniBrowser over WebDriver) on it. */
export async function startJourney() {
  const app = await serveApp(DIST());
  try {
    return { app, tablet: await Tablet.open(app.origin) };
  } catch (error) {
    await app.stop();
    throw error;
  }
}

/** Closes the tablet, stops the server and removes `dir`; any of them may be missing. */
export async function endJourney({ app, tablet, dir }) {
  await tablet?.quit();
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
