/** What a connector topic reads, answers and may throw, as CONNECTORS.md states it. @public */
export interface TopicContract {
  inputs: Array<{ name: string; optional: boolean }>;
  outputs: string[];
  errors: string[];
}

/** The contract of a CONNECTORS.md: topics, and the notification templates the procedures name. @public */
export interface ConnectorContract {
  topics: Record<string, TopicContract>;
  templates: Record<string, { channels: string[]; params: string[] }>;
}

/**
 * Reads the two tables of a CONNECTORS.md (`| topic | inputs | outputs | BPMN errors |` and `| template | sent by |
 * params | … |`), such as the one beside the sample procedures. Names are the back-quoted words of each cell;
 * `name?` marks an optional input.
 * @public
 */
export function connectorContract(markdown: string): ConnectorContract {
  const contract: ConnectorContract = { topics: {}, templates: {} };
  let table: 'topics' | 'templates' | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      table = undefined;
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells[0] === 'topic') table = 'topics';
    else if (cells[0] === 'template') table = 'templates';
    else if (table && !/^-+$/.test(cells[0])) {
      const [key] = names(cells[0]);
      if (!key) continue;
      if (table === 'topics') {
        contract.topics[key] = {
          inputs: names(cells[1]).map((n) => ({ name: n.replace(/\?$/, ''), optional: n.endsWith('?') })),
          outputs: names(cells[2]),
          errors: names(cells[3]),
        };
      } else {
        contract.templates[key] = { channels: cells[1].split(',').map((c) => c.trim()), params: names(cells[2]) };
      }
    }
  }
  return contract;
}

// helpers
function names(cell: string | undefined): string[] {
  return [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}
