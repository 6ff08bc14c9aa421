import type { ConnectorTemplate } from '@cauce/schemas';
import type { Connector, ServiceName } from './defineConnector';
import { affiliationChangeAddress } from '../affiliation-change-address/worker';
import { affiliationChangeBankAccount } from '../affiliation-change-bank-account/worker';
import { affiliationGetCitizen } from '../affiliation-get-citizen/worker';
import { appointmentsBook } from '../appointments-book/worker';
import { appointmentsFindSlots } from '../appointments-find-slots/worker';
import { notifyEmail } from '../notify-email/worker';
import { notifySms } from '../notify-sms/worker';
import { pensionsGetClaim } from '../pensions-get-claim/worker';
import { pensionsIssueCertificate } from '../pensions-issue-certificate/worker';
import { subsidiesEhicEligibility } from '../subsidies-ehic-eligibility/worker';
import { subsidiesEhicRequest } from '../subsidies-ehic-request/worker';

/**
 * Every connector that ships with Cauce, one per external-task topic. Add yours here.
 * @public
 */
export const CONNECTORS: readonly Connector[] = [
  affiliationGetCitizen,
  affiliationChangeAddress,
  affiliationChangeBankAccount,
  pensionsGetClaim,
  pensionsIssueCertificate,
  subsidiesEhicEligibility,
  subsidiesEhicRequest,
  appointmentsFindSlots,
  appointmentsBook,
  notifySms,
  notifyEmail,
];

/** A connector as the catalogue describes it. @public */
export interface CatalogueEntry {
  /** Folder name under connectors/. */
  name: string;
  topic: string;
  /** The corporate system it calls. */
  service: ServiceName;
  /** The element template, for the designer's palette and Camunda Modeler. */
  template: ConnectorTemplate;
  /** Documented BPMN error codes. */
  errorCodes: readonly string[];
}

/**
 * The connectors Cauce can run, with their element templates: what the designer offers in its palette and what
 * `cauce lint` checks a procedure's topics against.
 * @public
 */
export function connectorCatalogue(): CatalogueEntry[] {
  return CONNECTORS.map((c) => ({
    name: c.name,
    topic: c.topic,
    service: c.service,
    template: c.template,
    errorCodes: c.errorCodes,
  }));
}
