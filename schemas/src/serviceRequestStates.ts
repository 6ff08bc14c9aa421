import common from '../json/common.json';
import type { ServiceRequestState } from './generated/common';

/**
 * The states of a service request, in their life order (`common.json#/$defs/serviceRequestState`, from which the
 * `ServiceRequestState` type is generated): what end events may name, what the channels show and store, and what
 * the database's CHECK constraint allows. @public
 */
export const SERVICE_REQUEST_STATES = common.$defs.serviceRequestState.enum as readonly ServiceRequestState[];
