// Why: issue 13's speed targets with the workshops encrypted (docs/vaults.md): note-add p95,
// largest-board open and unlock with 1,000 notes, measured by bench-workshop.mjs in its vault mode.
process.env.BENCH_VAULT = '1';
await import('./bench-workshop.mjs');
