import { describe, expect, it } from 'vitest';
import { fillDeep, roleTableFor, type RoleTextTable } from '../../src/domain/region-fill';
import { REGION_IDS } from '../../src/domain/regions';
import { REGION_ROLES, type RoleTexts } from '../../src/domain/region-text';

const texts = (label: string) =>
  Object.fromEntries(REGION_ROLES.map((role) => [role, `${label} ${role}`])) as RoleTexts;
const table = Object.fromEntries([...REGION_IDS, 'neutral'].map((region) => [region, texts(region)])) as RoleTextTable;

describe('roleTableFor', () => {
  const content = { openers: ['Call {emergency}.'], replies: [{ says: 'Or {child-helpline}', why: 'No token' }] };

  it('keeps, for every region, only the roles the content uses', () => {
    const cut = roleTableFor(content, table);
    expect(Object.keys(cut).sort()).toEqual([...REGION_IDS, 'neutral'].sort());
    for (const roles of Object.values(cut)) expect(Object.keys(roles).sort()).toEqual(['child-helpline', 'emergency']);
  });

  it('fills the content exactly as the full table does', () => {
    expect(fillDeep(content, 'ie', roleTableFor(content, table))).toEqual(fillDeep(content, 'ie', table));
  });

  it('gives content without tokens an empty reading for each region', () => {
    expect(
      Object.values(roleTableFor({ line: 'Plain words.' }, table)).every((roles) => Object.keys(roles).length === 0),
    ).toBe(true);
  });
});
