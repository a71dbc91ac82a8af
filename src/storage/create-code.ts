// Why: what creating a workshop needs and the home screen does not (the agenda rule, the pack's
// content hash), in one module loaded on first use: one lazy chunk, so the first load stays small.
export { agendaFor } from '../content/agenda-for';
export { packHash, samePackContent } from '../exchange/pack-hash';
export { loadDefaultPack } from '../content/default-pack-loader';
