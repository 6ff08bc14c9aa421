import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { definitionModel, Engine, type Db } from '@cauce/engine';
import { loadSample } from '@cauce/procedures';
import { databasesUnderTest } from '@cauce/engine';
import { channelsTestDb } from '../testing/channelsTestDb';
import { fixturePackage } from '../testing/harness';
import { publishProcedure } from './publishProcedure';

describe.each(databasesUnderTest())('publishProcedure on $name', (d) => {
  let db: Db;
  let engine: Engine;
  beforeEach(async () => {
    db = await channelsTestDb(d);
    engine = new Engine({ db });
  });
  afterEach(() => db.close());

  it('deploys the BPMN and stores the package once; the same content again is a no-op', async () => {
    // given
    const pkg = loadSample('european-health-card');
    // when
    const first = await publishProcedure(db, engine, pkg);
    const second = await publishProcedure(db, engine, pkg);
    // then
    expect(first).toMatchObject({ procedureId: 'european-health-card', version: '1.0.0', published: true });
    expect(second).toEqual({ ...first, published: false });
    const { rows } = await db.query('select definition_key from procedure_package');
    expect(rows).toHaveLength(1);
    const model = await definitionModel(engine, first.definitionId);
    expect(model?.nodes.EndReviewed.serviceRequest).toEqual({ state: 'resolved', responsible: 'agent-l2' });
    expect((await db.query('select count(*)::int as n from process_definition')).rows[0].n).toBe(1);
  });

  it('refuses other content under a published version, and an invalid package', async () => {
    // given
    const pkg = loadSample('european-health-card');
    await publishProcedure(db, engine, pkg);
    const changed = {
      ...pkg,
      manifest: { ...pkg.manifest, description: { ...pkg.manifest.description, es: 'Otra descripción.' } },
    };
    const broken = { ...pkg, manifest: { ...pkg.manifest, version: '2.0.0', channels: [] as never[] } };
    // then
    await expect(publishProcedure(db, engine, changed)).rejects.toMatchObject({
      code: 'CAUCE_ERR_PROCEDURE_VERSION_CHANGED',
      statusCode: 409,
    });
    await expect(publishProcedure(db, engine, broken)).rejects.toMatchObject({
      code: 'CAUCE_ERR_PROCEDURE_INVALID',
      statusCode: 400,
    });
  });

  it('deploys the field visibility a step declares in its BPMN, for the session service to read', async () => {
    // when
    const published = await publishProcedure(db, engine, fixturePackage('bank-details'), { validate: false });
    // then
    const model = await definitionModel(engine, published.definitionId);
    expect(model?.nodes.Details.step?.fieldVisibility).toEqual([
      { field: 'callbackTime', roles: ['agent-l2', 'supervisor'] },
    ]);
  });
});
