import { describe, expect, it } from 'vitest';
import { KEY_ROLES, missingKeyRoles } from '../../../src/domain/roles';

describe('missingKeyRoles', () => {
  it('lists every key role for an empty table', () => {
    expect(missingKeyRoles([])).toEqual([...KEY_ROLES]);
  });

  it('counts a role held by anyone, also as a second role', () => {
    expect(missingKeyRoles([{ roles: ['policy-officer', 'privacy-officer'] }, { roles: ['data-analyst'] }])).toEqual(['project-owner', 'domain-expert', 'communication']);
  });

  it('counts the communication adviser as a key role: the step asks for what they know', () => {
    const four = [{ roles: ['privacy-officer', 'project-owner'] as const }, { roles: ['data-analyst', 'domain-expert'] as const }];
    expect(missingKeyRoles(four)).toEqual(['communication']);
  });

  it('is satisfied when all five key roles are present', () => {
    expect(missingKeyRoles([{ roles: ['privacy-officer', 'project-owner'] }, { roles: ['data-analyst', 'domain-expert', 'communication'] }])).toEqual([]);
  });

  it('does not count politics or an external party as key expertise', () => {
    expect(missingKeyRoles([{ roles: ['politics', 'external-party', 'other'] }])).toHaveLength(KEY_ROLES.length);
  });
});
