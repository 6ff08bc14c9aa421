export { appointmentsSimulator } from './appointmentsSimulator';
