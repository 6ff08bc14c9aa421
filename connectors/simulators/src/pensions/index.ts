export { pensionsSimulator } from './pensionsSimulator';
