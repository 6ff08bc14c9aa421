/**
 * @cauce/channels/self-service/testing — test support for the browser suites (test/browser) and the product's
 * tests: the self-service stack, a citizen driving the pages in Chromium, page audits, HTML readers. Not for
 * production code.
 * @packageDocumentation
 */
export { audit, citizen, launchChromium, scrollsSideways, settle, trackDocuments, type PageAudit } from './browserKit';
export { doAsCitizen, finishAsAgent, pageName, scenarioOf, WEB_RUNS } from './citizenDriver';
export { hidden, httpClient } from './html';
export { protocolAnswer, startSelfServiceStack } from './selfServiceStack';
