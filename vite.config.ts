// Why: one build configuration for the app, its service worker and its unit tests.
// The service worker (vite-plugin-pwa, generateSW) precaches every file the app needs,
// fonts and icons included, so that after one visit the app starts with no network.
// Updates wait for the user (registerType 'prompt'); see src/pwa/register.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * No eval, no inline script, no request to another host. Added to the built index.html only:
 * the development server needs inline scripts for hot reloading.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'deda-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}

/**
 * The first screen's text is Noto Sans latin, regular and bold (src/ui/fonts.css). Found only
 * once the CSS is parsed and the app has drawn text, the fonts came late and the swap moved
 * the page (layout shift); preloaded from index.html, they arrive with the CSS.
 */
const FIRST_SCREEN_FONTS = [/noto-sans-latin-400-normal-[\w-]+\.woff2$/, /noto-sans-latin-700-normal-[\w-]+\.woff2$/];

function preloadFonts(): Plugin {
  let base = '/';
  return {
    name: 'deda-preload-fonts',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const files = Object.keys(ctx.bundle ?? {});
        return FIRST_SCREEN_FONTS.map((pattern) => {
          const file = files.find((f) => pattern.test(f));
          if (!file) throw new Error(`preload: no built font matches ${pattern}`);
          return { tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `${base}${file}` }, injectTo: 'head' as const };
        });
      },
    },
  };
}

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(process.env.DEDA_APP_VERSION ?? pkg.version),
  },
  resolve: {
    // jsPDF's optional helpers for .html() and SVG: the report does not use them (see the stub).
    alias: Object.fromEntries(['html2canvas', 'canvg', 'dompurify'].map((name) => [name, fileURLToPath(new URL('./src/report/pdf/no-optional-deps.ts', import.meta.url))])),
  },
  build: {
    target: 'es2022',
    // Keep the first load honest: no inlined assets hiding in the JS.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Everything the first screen needs in one chunk: the shell (App.tsx) and what it
              // imports statically. Left to itself the bundler cuts modules that lazy screens
              // share with the shell into small extra chunks, each a request and each gzipped
              // on its own, which made the first load larger.
              name: 'shell',
              test: /\/src\/app\/App\.tsx$/,
              priority: 100,
            },
          ],
        },
      },
    },
  },
  plugins: [
    preact(),
    contentSecurityPolicy(),
    preloadFonts(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png'],
      manifest: {
        id: '/',
        name: 'DEDA Tafel',
        short_name: 'DEDA Tafel',
        description: 'Een DEDA-workshop over de ethiek van een dataproject, samen aan tafel, ook zonder internet.',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f4f5f7',
        theme_color: '#1d4f7c',
        categories: ['productivity', 'government'],
        // Opening a bundle with the installed app lands on the import screen (launchQueue there).
        file_handlers: [{ action: '/importeren', accept: { 'application/json': ['.json'], 'application/jose': ['.jwe'] } }],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,ttf,webmanifest}'],
        // The PDF font is larger than Workbox's 2 MiB default would allow for some fonts.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
      devOptions: { enabled: false },
    }),
  ],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
