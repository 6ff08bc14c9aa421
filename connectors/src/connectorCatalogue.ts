import type { Connector } from './defineConnector';
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
 * Every connector that ships with Cauce, one per external-task topic, each with its name (folder), topic,
 * corporate system, element template and BPMN error codes: what the workers run and what a designer's palette
 * or `cauce lint` reads. Add yours here.
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
