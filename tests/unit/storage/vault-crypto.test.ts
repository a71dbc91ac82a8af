// Why: the data key must open with the passphrase and with the recovery code and with nothing
// else, and a sealed record must open only under its key, in its own row (docs/vaults.md).
import { describe, expect, it } from 'vitest';
import { newVault, open, openRow, PBKDF2_ITERATIONS, recordAad, seal, sealRow, unlockWithRecoveryCode, unlockWithSecret } from '../../../src/storage/vault-crypto';

const FAST = 1_000;

describe('a vault key', () => {
  it('is wrapped by PBKDF2 at OWASP’s count unless told otherwise, and opens with the passphrase only', { timeout: 60_000 }, async () => {
    const { keys, dataKey } = await newVault('correct horse battery', 'passphrase');
    expect(keys.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(dataKey.extractable).toBe(false);
    const again = await unlockWithSecret(keys, 'correct horse battery');
    expect(again).not.toBeNull();
    expect(await unlockWithSecret(keys, 'correct horse batterY')).toBeNull();
    // The unlocked key opens what the first one sealed.
    const aad = recordAad('notes', 'n1');
    expect(await open(again as CryptoKey, aad, await seal(dataKey, aad, { text: 'hallo' }))).toEqual({ text: 'hallo' });
  });

  it('opens with the recovery code, typed back carelessly, and not with another code', async () => {
    const { keys, dataKey, recoveryCode } = await newVault('123456', 'pin', FAST);
    const key = await unlockWithRecoveryCode(keys, recoveryCode.toLowerCase().replace(/-/g, ' '));
    expect(key).not.toBeNull();
    const aad = recordAad('t', 1);
    expect(await open(key as CryptoKey, aad, await seal(dataKey, aad, 'x'))).toBe('x');
    const other = (await newVault('123456', 'pin', FAST)).recoveryCode;
    expect(await unlockWithRecoveryCode(keys, other)).toBeNull();
    expect(await unlockWithRecoveryCode(keys, 'not a code')).toBeNull();
    expect(await unlockWithSecret(keys, '654321')).toBeNull();
  });
});

describe('a sealed record', () => {
  it('keeps only the clear fields readable and comes back whole, photos included', async () => {
    const { dataKey } = await newVault('correct horse battery', 'passphrase', FAST);
    const bytes = Uint8Array.from([0xff, 0xd8, 0xff, 1, 2, 3]);
    const row = { id: 'a1', workshopId: 'w1', caption: 'Poster van Hilde', blob: new Blob([bytes], { type: 'image/jpeg' }), nested: { list: [1, 'twee', null], raw: Uint8Array.from([9, 8]) } };
    const sealed = await sealRow(dataKey, 'v1', 'attachments', 'a1', row, ['id', 'workshopId']);
    expect(Object.keys(sealed).sort()).toEqual(['id', 'sealed', 'workshopId']);
    expect(new TextDecoder().decode((sealed.sealed as { ct: Uint8Array }).ct)).not.toContain('Hilde');
    const back = await openRow(dataKey, 'attachments', 'a1', sealed);
    expect(back.caption).toBe('Poster van Hilde');
    expect(new Uint8Array(await (back.blob as Blob).arrayBuffer())).toEqual(bytes);
    expect((back.blob as Blob).type).toBe('image/jpeg');
    expect(back.nested).toEqual(row.nested);
  });

  it('does not open in another row, another table or under another key', async () => {
    const { dataKey } = await newVault('correct horse battery', 'passphrase', FAST);
    const other = (await newVault('correct horse battery', 'passphrase', FAST)).dataKey;
    const sealed = await sealRow(dataKey, 'v1', 'notes', 'n1', { id: 'n1', text: 'geheim' }, ['id']);
    await expect(openRow(dataKey, 'notes', 'n2', sealed)).rejects.toThrow();
    await expect(openRow(dataKey, 'participants', 'n1', sealed)).rejects.toThrow();
    await expect(openRow(other, 'notes', 'n1', sealed)).rejects.toThrow();
    expect((await openRow(dataKey, 'notes', 'n1', sealed)).text).toBe('geheim');
  });

  it('gets a fresh IV every time it is sealed', async () => {
    const { dataKey } = await newVault('correct horse battery', 'passphrase', FAST);
    const a = await seal(dataKey, recordAad('t', 1), 'same');
    const b = await seal(dataKey, recordAad('t', 1), 'same');
    expect(a.iv).not.toEqual(b.iv);
    expect(a.ct).not.toEqual(b.ct);
  });

  it('passes a row that was never sealed as it is', async () => {
    const { dataKey } = await newVault('correct horse battery', 'passphrase', FAST);
    const plain = { id: 'n1', text: 'nog niet versleuteld' };
    expect(await openRow(dataKey, 'notes', 'n1', plain)).toBe(plain);
  });
});
