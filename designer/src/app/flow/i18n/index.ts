import type { AreaMessages } from '../../i18n/AreaMessages';
import { ca } from './ca';
import { en } from './en';
import { es, type FlowKey } from './es';
import { eu } from './eu';
import { gl } from './gl';

/** The strings of the flow's tabs (Flujo, Esquema) in the five languages, keys prefixed `flow.`. @public */
export const flow: AreaMessages<FlowKey> = { es, ca, eu, gl, en };
