// Why: values the build writes into the code (see vite.config.ts `define`).
declare const __APP_VERSION__: string;
