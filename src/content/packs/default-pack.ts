// Why: the questions the app ships with. Written by the DEDA Tafel team in its own words to the
// public structure of DEDA (Utrecht Data School); the official DEDA question texts are licensed
// separately and are deliberately not included. Dutch is the source language, English follows it.
// The texts are data (default-pack.json, in the format any organisation's pack has,
// docs/pack-format.md) and pass the same check as a pack loaded from a file before use.
// Its released versions' hashes are pinned (tests/unit/content/default-pack-pin.test.ts):
// changing one character there means a new version.
import { validatePack } from '../validate-pack';
import type { ContentPack } from '../pack-types';
import data from './default-pack.json' with { type: 'json' };

function checked(input: unknown): ContentPack {
  const check = validatePack(input);
  if (!check.ok) throw new Error(`default pack invalid: ${check.problems.join('; ')}`);
  return check.pack;
}

export const defaultPack: ContentPack = checked(data);
