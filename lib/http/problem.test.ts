import { ZCreateApiKey } from '../api-keys/schemas';
import { ZCreateTenantUser } from '../users/schemas';
import { validationProblem } from './problem';

const issuesOf = (result: { error?: unknown }) => result.error as Parameters<typeof validationProblem>[0];

describe('validationProblem', () => {
  it('gives each field error its message key and the text in the caller’s language', () => {
    const error = issuesOf(ZCreateTenantUser.safeParse({ name: 'Nour\u202Eah', email: 'n@e2e.test', role: 'viewer' }));
    expect(validationProblem(error, 'en').errors).toEqual([
      {
        path: 'name',
        message: 'validation.invisibleCharacters',
        detail: expect.stringMatching(/^Remove the invisible characters/),
      },
    ]);
    expect(validationProblem(error, 'ar').errors[0]!.detail).toMatch(/^احذف الرموز غير المرئية/);
    expect(validationProblem(error, 'ar').appError).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('fills a limit placeholder from the issue', () => {
    const error = issuesOf(ZCreateApiKey.safeParse({ name: 'k'.repeat(101), role: 'viewer' }));
    expect(validationProblem(error, 'en').errors).toEqual([
      { path: 'name', message: 'apiKeys.errors.nameTooLong', detail: 'Use at most 100 characters.' },
    ]);
  });
});
