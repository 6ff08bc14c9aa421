export { subsidiesSimulator } from './subsidiesSimulator';
