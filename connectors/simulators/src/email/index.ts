export { emailSimulator } from './emailSimulator';
