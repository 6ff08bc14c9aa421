export { CauceError, createError, errorRegistry } from './errors';
export { Errors } from './errorCodes';
