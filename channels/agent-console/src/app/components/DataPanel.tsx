import type { ReactNode } from 'react';
import type { StepView } from '../api/types';
import { useT } from '../i18n/useT';

type DataEntry = NonNullable<StepView['dataView']>[number];

/**
 * What the connectors brought (the citizen's record, eligibility, slots…), beside the script: the view's
 * `dataView`, already labeled and formatted in the agent's language by the procedure's texts. An object is a
 * heading over its lines; each line is a label and a text.
 */
export function DataPanel(props: { entries: DataEntry[] | undefined; id?: string }): ReactNode {
  const t = useT();
  const titleId = `${props.id ?? 'data'}-title`;
  const entries = props.entries ?? [];
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('data.title')}</h2>
      {entries.length === 0 ? <p className="hint">{t('data.empty')}</p> : <Entries entries={entries} level={3} />}
    </section>
  );
}

// helpers
/** Lines in a row share one list; a heading closes it and opens its own. */
function Entries(props: { entries: DataEntry[]; level: 3 | 4 | 5 | 6 }): ReactNode {
  const blocks: Array<DataEntry | DataEntry[]> = [];
  for (const entry of props.entries) {
    const last = blocks[blocks.length - 1];
    if (entry.entries) blocks.push(entry);
    else if (Array.isArray(last)) last.push(entry);
    else blocks.push([entry]);
  }
  const Heading = `h${props.level}` as 'h3';
  const below = Math.min(props.level + 1, 6) as 3 | 4 | 5 | 6;
  return (
    <>
      {blocks.map((block) =>
        Array.isArray(block) ? (
          <dl className="data" key={block[0].path}>
            {block.map((line) => (
              <div key={line.path} data-path={line.path}>
                <dt>{line.label}</dt>
                <dd>{line.text}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <div className="data-group" key={block.path} data-path={block.path}>
            <Heading>{block.label}</Heading>
            <Entries entries={block.entries ?? []} level={below} />
          </div>
        ),
      )}
    </>
  );
}
