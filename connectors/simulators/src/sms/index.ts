export { smsSimulator } from './smsSimulator';
