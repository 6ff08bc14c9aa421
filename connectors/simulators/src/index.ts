/**
 * Simulated corporate systems of a Spanish social-security administration
 * (affiliation, pensions, subsidies, appointments, SMS, email) for developing
 * and testing Cauce's connectors and procedures. Synthetic data only.
 * @packageDocumentation
 */
export { buildSimulators, SIM_PLUGINS, simPrefix, type SimulatorsOptions } from './buildSimulators';
export { startSimulators, type RunningSimulators, type StartSimulatorsOptions } from './startSimulators';
export { affiliationSimulator } from './affiliation';
export { pensionsSimulator } from './pensions';
export { subsidiesSimulator } from './subsidies';
export { appointmentsSimulator } from './appointments';
export { smsSimulator } from './sms';
export { emailSimulator } from './email';
export { SIM_SERVICES, type SimServiceName } from './runtime/SimServiceName';
export { DEFAULT_SIM_SEED, type SimFaultOptions } from './runtime/resolveFaultOptions';
export type { SimServiceOptions } from './runtime/setUpSimService';
export { FORCE_FAULT_HEADER } from './runtime/installFaultInjection';
export { REPLAYED_HEADER } from './runtime/installIdempotency';
export { createSimWorld, type SimWorld, type SimWorldOptions } from './synthetic/createSimWorld';
export {
  TEST_CITIZENS,
  TEST_CITIZEN_DESCRIPTIONS,
  UNKNOWN_CITIZEN_ID,
  type TestCitizenRole,
} from './synthetic/testCitizens';
export { SimError, simErrorRegistry } from './errors';
export { SIMULATED_RACES, type SimulatedRace } from './races';
