import { describe, expect, it } from 'vitest';
import { KEY_ROLES, missingKeyRoles } from '../../../src/domain/roles';

describe('missingKeyRoles', () => {
  it('lists every key role for an empty table', () => {
    expect(missingKeyRoles([])).toEqual([...KEY_ROLES]);
  });

  it('counts a role held by anyone, also as a second role', () => {
    expect(missingKeyRoles([{ roles: ['policy-officer', 'privacy-officer'] }, { roles: ['data-analyst'] }])).toEqual(['project-owner', 'domain-expert']);
  });

  it('is satisfied when all four key roles are present', () => {
    expect(missingKeyRoles([{ roles: ['privacy-officer', 'project-owner'] }, { roles: ['data-analyst', 'domain-expert'] }])).toEqual([]);
  });

  it('does not count politics or an external party as key expertise', () => {
    expect(missingKeyRoles([{ roles: ['politics', 'external-party', 'other'] }])).toHaveLength(4);
  });
});
