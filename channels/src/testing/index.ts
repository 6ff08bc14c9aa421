/**
 * @cauce/channels/testing — test support for other packages' tests: the real session service on a test database
 * with the sample procedures published and the corporate-system simulators running. Not for production code.
 * @packageDocumentation
 */
export { channelsHarness, fixturePackage, protocolAnswers, simulators } from './harness';
