import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ITERATIONS, PBKDF2_ITERATIONS } from '../../src/domain/plan-crypto';
import {
  describePlan,
  exportPlainFile,
  exportSealedFile,
  MAX_IMPORT_BYTES,
  openSealedFile,
  readPlanFile,
} from '../../src/domain/plan-file';
import { decodeRecord, encodeRecord } from '../../src/domain/plan-record';
import { revealedText } from '../support/revealed-text';
import { deriveKey } from '../../src/domain/plan-crypto';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../src/domain/plan-schema';
import { largePlan, planFixture } from './plan-helpers';

const now = new Date('2026-11-28T21:00:00Z');
// The current version's fixture: what this version of Open Door writes.
const plan = planFixture(PLAN_SCHEMA_VERSION) as Plan;
const read = (text: string) => readPlanFile(text, new TextEncoder().encode(text).length);

describe('export and import', () => {
  it('round-trips a plain export exactly', () => {
    expect(read(exportPlainFile(plan, now))).toEqual({ kind: 'plan', plan });
    expect(read(exportPlainFile(largePlan(), now))).toEqual({ kind: 'plan', plan: largePlan() });
  });

  it('round-trips an encrypted export with the passphrase, and says so plainly without it', async () => {
    const text = await exportSealedFile(plan, 'correct horse battery staple', now);
    expect(text).not.toContain('pineapple');
    const first = read(text);
    expect(first.kind).toBe('needs-passphrase');
    if (first.kind !== 'needs-passphrase') return;
    expect(first.sealed.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect((await openSealedFile(first.sealed, 'wrong passphrase')).kind).toBe('problem');
    expect(await openSealedFile(first.sealed, 'wrong passphrase')).toMatchObject({ problem: 'wrong-passphrase' });
    expect(await openSealedFile(first.sealed, 'correct horse battery staple')).toMatchObject({ kind: 'plan', plan });
  });

  it('uses a fresh salt and IV for every export', async () => {
    const [a, b] = await Promise.all([exportSealedFile(plan, 'same', now), exportSealedFile(plan, 'same', now)]);
    const [sealedA, sealedB] = [JSON.parse(a).sealed, JSON.parse(b).sealed];
    expect(sealedA.kdf.salt).not.toBe(sealedB.kdf.salt);
    expect(sealedA.cipher.iv).not.toBe(sealedB.cipher.iv);
  });

  it.each([
    ['too-large', 'x'.repeat(MAX_IMPORT_BYTES + 1)],
    ['empty', '   '],
    ['not-json', '{"format": "open-door-plan", '],
    ['not-open-door', JSON.stringify({ hello: 'world' })],
    ['newer-version', JSON.stringify({ format: 'open-door-plan', version: 2, exportedAt: '', plan: {} })],
    ['damaged', JSON.stringify({ format: 'open-door-plan', version: 1, exportedAt: '', plan: { schemaVersion: 1 } })],
    [
      'newer-version',
      JSON.stringify({ format: 'open-door-plan', version: 1, exportedAt: '', plan: { ...plan, schemaVersion: 5 } }),
    ],
  ])('names the problem "%s" in a way the page can explain', (problem, text) => {
    expect(read(text)).toEqual({ kind: 'problem', problem });
  });

  it('refuses an encrypted file that asks for an absurd amount of work', () => {
    const hostile = {
      format: 'open-door-plan',
      version: 1,
      exportedAt: '',
      sealed: {
        kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: MAX_ITERATIONS + 1, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' },
        cipher: { name: 'AES-GCM', iv: 'AAAAAAAAAAAAAAAA' },
        data: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      },
    };
    expect(read(JSON.stringify(hostile))).toEqual({ kind: 'problem', problem: 'damaged' });
  });

  it('summarises what an import would bring in', () => {
    expect(describePlan(planFixture(1) as Plan)).toEqual({
      children: 2,
      talks: 2,
      agreements: 2,
      trustedAdults: 1,
      checkIns: 1,
    });
  });
});

describe('the stored record', () => {
  it('keeps a plan in the clear until a passphrase is set, then only sealed', async () => {
    expect(await decodeRecord(await encodeRecord(plan, undefined), undefined)).toEqual({ status: 'ready', plan });
    const key = await deriveKey('lock me');
    const sealed = await encodeRecord(plan, key);
    expect(revealedText(sealed)).not.toContain('Ash');
    expect((await decodeRecord(sealed, undefined)).status).toBe('locked');
    expect((await decodeRecord(sealed, await deriveKey('not it'))).status).toBe('locked');
    expect(await decodeRecord(sealed, key)).toEqual({ status: 'ready', plan });
  });

  it('reports an empty or damaged store plainly', async () => {
    expect(await decodeRecord(undefined, undefined)).toEqual({ status: 'empty' });
    expect(await decodeRecord({ kind: 'other' }, undefined)).toMatchObject({ status: 'damaged' });
    expect(await decodeRecord({ kind: 'plain', plan: { schemaVersion: 1 } }, undefined)).toMatchObject({
      status: 'damaged',
    });
  });

  it('recovers every valid part of a damaged record', async () => {
    const damaged = {
      ...plan,
      children: [...plan.children, { id: 'bad id!', nickname: 'X', band: '4-7' }],
      checkIns: [{ id: 'c', label: 'New phone', date: '20260-12-31', repeat: 'none' }],
    };
    const decoded = await decodeRecord({ kind: 'plain', plan: damaged }, undefined);
    expect(decoded.status).toBe('damaged');
    if (decoded.status !== 'damaged') return;
    expect(decoded.recovered.children).toEqual(plan.children);
    expect(decoded.recovered.talks).toEqual(plan.talks);
    expect(decoded.recovered.ifItHappens).toEqual(plan.ifItHappens);
    expect(decoded.recovered.checkIns).toEqual([]);
  });

  it('treats a salt or IV of the wrong length as damage, with no uncaught error', async () => {
    const sealed = JSON.parse(await exportSealedFile(plan, 'correct horse battery staple', now)).sealed;
    for (const salt of ['abc', 'A'.repeat(21), 'A'.repeat(20), '====']) {
      const broken = { ...sealed, kdf: { ...sealed.kdf, salt } };
      expect(await decodeRecord({ kind: 'sealed', sealed: broken }, undefined)).toMatchObject({ status: 'damaged' });
      const file = JSON.stringify({ format: 'open-door-plan', version: 1, exportedAt: '', sealed: broken });
      expect(read(file)).toEqual({ kind: 'problem', problem: 'damaged' });
    }
  }, 30_000);
});

describe('hostile files (property-based)', () => {
  const validFile = JSON.parse(exportPlainFile(plan, now));

  /** Changes one thing in a valid file: a field removed, retyped, or replaced with something hostile. */
  const mutatedFile = fc
    .record({
      path: fc.constantFrom(
        ['format'],
        ['version'],
        ['plan'],
        ['plan', 'schemaVersion'],
        ['plan', 'children'],
        ['plan', 'children', 0, 'band'],
        ['plan', 'children', 0, 'id'],
        ['plan', 'talks', 0, 'childId'],
        ['plan', 'talks', 0, 'status'],
        ['plan', 'talks', 0, 'plannedFor'],
        ['plan', 'agreements', 0, 'origin'],
        ['plan', 'ifItHappens'],
        ['plan', 'ifItHappens', 'region'],
        ['plan', 'checkIns', 0, 'repeat'],
        ['plan', 'checkIns', 0, 'date'],
        // Fields added in version 2 (all optional).
        ['plan', 'children', 0, 'birth'],
        ['plan', 'children', 0, 'pace'],
        ['plan', 'talks', 0, 'band'],
        ['plan', 'talks', 0, 'doneOn'],
        ['plan', 'talks', 0, 'after', 'feeling'],
      ),
      value: fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        // A version newer than this one (for the file, the plan, or any other field, a wrong type).
        fc.integer({ min: PLAN_SCHEMA_VERSION + 1 }),
        fc
          .string({ minLength: 1 })
          .filter(
            (text) =>
              ![
                'plain',
                'planned',
                'done',
                'skipped',
                'weekly',
                'fortnightly',
                'good',
                'mixed',
                'hard',
                'suggested',
                'own',
                'none',
                'monthly',
                'termly',
                'yearly',
                'uk',
                'ie',
                'us',
                'ca',
                'au',
                'nz',
                'anywhere',
                '4-7',
                '8-10',
                '11-13',
                '14-17',
                'open-door-plan',
              ].includes(text),
          ),
        fc.string({ minLength: 5000, maxLength: 6000 }),
        fc.array(fc.anything(), { maxLength: 3 }),
        fc.constant({ __proto__: { polluted: true } }),
        fc.constant('2026-13-45T'),
      ),
    })
    .map(({ path, value }) => {
      const copy = structuredClone(validFile);
      let target = copy;
      for (const key of path.slice(0, -1)) target = target[key];
      const key = path.at(-1)!;
      // Removing an optional field leaves a valid plan, so optional fields get an invalid value instead.
      const optional =
        ['plannedFor', 'region', 'birth', 'pace', 'doneOn', 'feeling'].includes(String(key)) ||
        (key === 'band' && path[1] === 'talks');
      if (value === undefined && !optional) delete target[key];
      else target[key] = value ?? null;
      return JSON.stringify(copy);
    });

  const garbage = fc.oneof(
    fc.string(),
    fc.json(),
    fc
      .jsonValue()
      .map((value) => JSON.stringify({ format: 'open-door-plan', version: 1, exportedAt: 'x', plan: value })),
    fc
      .jsonValue()
      .map((value) => JSON.stringify({ format: 'open-door-plan', version: 1, exportedAt: 'x', sealed: value })),
    fc.integer({ min: 1, max: 40 }).map((depth) => `${'['.repeat(depth * 100)}${']'.repeat(depth * 100)}`),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => new TextDecoder().decode(bytes)),
    fc.constant(exportPlainFile(plan, now).slice(0, 200)),
  );

  it('refuses at least 1,000 malformed or hostile files without ever producing a plan', () => {
    let tried = 0;
    fc.assert(
      fc.property(fc.oneof(mutatedFile, garbage), (text) => {
        tried += 1;
        const result = read(text);
        expect(result.kind).not.toBe('plan');
        expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      }),
      { numRuns: 1200 },
    );
    expect(tried).toBeGreaterThanOrEqual(1000);
  });
});
