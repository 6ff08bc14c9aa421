import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine, type Db } from '@cauce/engine';
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
    const { rows } = await db.query('select definition_key, steps from procedure_package');
    expect(rows).toHaveLength(1);
    expect(rows[0].steps.endEventProperties.EndReviewed).toEqual({
      serviceRequestState: 'resolved',
      serviceRequestResponsible: 'agent-l2',
    });
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

  it('reads the field visibility a step declares in its BPMN', async () => {
    // when
    await publishProcedure(db, engine, fixturePackage('bank-details'), { validate: false });
    // then
    const { rows } = await db.query("select steps from procedure_package where procedure_id = 'bank-details'");
    expect(rows[0].steps.fieldVisibility).toEqual({
      Details: [{ field: 'callbackTime', roles: ['agent-l2', 'supervisor'] }],
    });
  });
});
