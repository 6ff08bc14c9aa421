export { affiliationSimulator } from './affiliationSimulator';
