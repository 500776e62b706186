import { AppError } from '../http/app-error';

/** One answer for every rejected key (unknown, wrong secret, revoked, expired, suspended tenant, malformed). */
export const invalidApiKey = () => new AppError('invalid_api_key', 401, 'apiKeys.errors.invalidKey');

export const expiryInPast = () => new AppError('expiry_in_past', 400, 'apiKeys.errors.expiryInPast');

/** Keys cannot mint or revoke keys: managing credentials needs a person signed in. */
export const sessionRequired = () => new AppError('session_required', 403, 'apiKeys.errors.sessionRequired');
