/**
 * The one error type the app throws on purpose. `messageKey` names a message in messages/*.json
 * so the UI can show it in the reader's language; handlers turn it into problem+json.
 */
export class AppError extends Error {
  constructor(
    public readonly code: string,
    public readonly status: number,
    public readonly messageKey: string,
    public readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('not_found', 404, 'errors.notFound');
export const unauthenticated = () => new AppError('unauthenticated', 401, 'errors.unauthenticated');
export const forbidden = () => new AppError('forbidden', 403, 'errors.forbidden');
