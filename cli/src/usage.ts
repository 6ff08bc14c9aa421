/** The CLI's help text, printed by `--help` and after a usage error. @internal */
export const USAGE = `Usage: npm run cauce -- <verb> [options]

Verbs
  validate <dir…> | --all        check each file against its schema, the BPMN against the engine, and the files
                                 against each other
  lint <dir…> | --all            validate, then bpmnlint's recommended rules and Cauce's (forms, texts in five
                                 languages, connectors, FEEL, reachability, gateway defaults)
  test <dir…> | --all            run every scenario through the engine in process (PGlite in memory) and print
                                 pass/fail and sequence-flow coverage
  deploy <dir> --url <url>       validate, then deploy to an engine's REST API (Camunda 7's deployment/create)
  types <dir>                    write <dir>/types.generated.ts: a type per form and a Variables interface
  new-connector <name>           scaffold connectors/<name>/ (template, schemas, worker, test, README)

Options
  --json                         one JSON document on stdout instead of text
  --quiet                        no progress lines on stderr
  --connectors <dir>             the connector catalogue (default: the nearest connectors/ folder above the package)
  --allow-warnings               exit 0 when the only findings are warnings
  --conventions                  validate, lint: also what the channels need to publish the package (five
                                 languages alike, every label, end-event states, the diagram, the folder's id)
  --min-coverage <percent>       test: fail a package whose sequence-flow coverage is lower
  --live                         test: connector steps are performed by the real workers against the simulators
                                 (checked against the scenario's outcome) instead of replayed from it
  --url <url>                    deploy: the engine's REST root, e.g. http://localhost:3000/engine-rest
  --user <name> --password <pw>  deploy: HTTP basic credentials (or CAUCE_ENGINE_USER / CAUCE_ENGINE_PASSWORD)
  --tenant <id>                  deploy: tenant id
  --bpmn-only                    deploy: send only the BPMN, not procedure.json, forms and texts
  --force                        deploy: deploy even when validation finds errors
  --out <file>                   types: where to write (default <dir>/types.generated.ts)
  --dir <dir>                    new-connector: the catalogue to create it in (default ./connectors)
  --topic <topic>                new-connector: the external-task topic (default: the name with dots)

Exit codes: 0 nothing found, 1 findings or failures, 2 wrong command line.
`;
