/** The six simulated corporate systems, in mounting order. @public */
export const SIM_SERVICES = ['affiliation', 'pensions', 'subsidies', 'appointments', 'sms', 'email'] as const;

/** One of {@link SIM_SERVICES}. @public */
export type SimServiceName = (typeof SIM_SERVICES)[number];
