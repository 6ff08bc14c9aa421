import { deploy, type Engine } from '@cauce/engine';
import { listProcedures, loadProcedure } from '@cauce/procedures';

/**
 * Deploys the sample procedures, skipping each one whose latest deployed BPMN is already identical
 * (so restarting the product does not pile up versions). Returns what it deployed.
 * @public
 */
export async function publishSamples(engine: Engine, log: (line: string) => void = () => {}): Promise<string[]> {
  const deployed: string[] = [];
  for (const id of listProcedures()) {
    const pkg = loadProcedure(id);
    const { rows } = await engine.db.query(
      'select r.content from process_definition d join resource r on r.id = d.resource_id where d.key = $1 order by d.version desc limit 1',
      [pkg.manifest.id],
    );
    if (rows[0]?.content === pkg.xml) continue;
    await deploy(engine, { name: pkg.manifest.id, source: 'cauce-samples', resources: [{ name: `${pkg.manifest.id}.bpmn`, content: pkg.xml }] });
    deployed.push(pkg.manifest.id);
    log(`deployed sample procedure ${pkg.manifest.id}`);
  }
  return deployed;
}
