/**
 * @cauce/connectors/testing — test support other packages share: polling until a condition holds (the e2e harness
 * uses it with longer defaults). Not for production code.
 * @packageDocumentation
 */
export { sleep, waitFor, type Truthy } from './waitFor';
