// The one problem → form errors mapper: zod errors from the browser check and API problems
// (validation issues, a rule error's field, or the problem as a whole) land on the same fields.
import { z } from 'zod';
import { ZCreateTenantUser } from '../users/schemas';
import { FORM_ERROR, problemToFormErrors } from './form-errors';

describe('problemToFormErrors', () => {
  it('maps a zod error by path, first message per field', () => {
    const parsed = ZCreateTenantUser.safeParse({ name: ' ', role: 'nope', password: 'short' });
    expect(problemToFormErrors(parsed.error!)).toEqual({
      name: 'users.validation.nameRequired',
      role: 'users.validation.role',
      password: 'users.validation.passwordTooShort',
    });
    // An object-level rule (the identifier) reports on the field it names.
    const noIdentifier = ZCreateTenantUser.safeParse({ name: 'Layla', role: 'viewer' });
    expect(problemToFormErrors(noIdentifier.error!)).toEqual({ email: 'users.validation.identifierRequired' });
  });

  it('maps an API validation problem the same way', () => {
    const problem = {
      messageKey: 'errors.validation',
      errors: [
        { path: 'password', message: 'users.validation.passwordTooShort' },
        { path: 'password', message: 'users.validation.passwordTooLong' },
      ],
    };
    expect(problemToFormErrors(problem)).toEqual({ password: 'users.validation.passwordTooShort' });
  });

  it("puts a rule error on its field, and anything else on the form's own message", () => {
    expect(problemToFormErrors({ messageKey: 'users.errors.emailTaken', field: 'email' })).toEqual({
      email: 'users.errors.emailTaken',
    });
    expect(problemToFormErrors({ messageKey: 'users.errors.lastAdmin' })).toEqual({
      [FORM_ERROR]: 'users.errors.lastAdmin',
    });
    expect(problemToFormErrors({ messageKey: 'api.errors.network', errors: [] })).toEqual({
      [FORM_ERROR]: 'api.errors.network',
    });
    // Something that is not a problem at all (a bug in the page) still says something useful.
    expect(problemToFormErrors(new TypeError('x is undefined'))).toEqual({ [FORM_ERROR]: 'api.errors.generic' });
  });

  it('translates API paths to form fields, by longest prefix; unknown paths go to the form', () => {
    const fields = { name: 'tenant-name', 'admin.email': 'admin-email', allowedDomains: 'domains' };
    const problem = {
      messageKey: 'errors.validation',
      errors: [
        { path: 'admin.email', message: 'tenants.errors.emailInvalid' },
        { path: 'allowedDomains.2', message: 'sso.errors.domain' },
        { path: 'admin.username', message: 'tenants.errors.usernameFormat' },
        { path: '', message: 'errors.validation' },
      ],
    };
    expect(problemToFormErrors(problem, { fields })).toEqual({
      'admin-email': 'tenants.errors.emailInvalid',
      domains: 'sso.errors.domain',
      [FORM_ERROR]: 'tenants.errors.usernameFormat',
    });
    expect(problemToFormErrors({ messageKey: 'tenants.errors.slugTaken', field: 'slug' }, { fields })).toEqual({
      [FORM_ERROR]: 'tenants.errors.slugTaken',
    });
  });

  it('accepts a list of field names', () => {
    const schema = z.object({ issuer: z.string().min(1, 'sso.errors.issuer'), extra: z.string('x.y') });
    expect(problemToFormErrors(schema.safeParse({ issuer: '' }).error!, { fields: ['issuer'] })).toEqual({
      issuer: 'sso.errors.issuer',
      [FORM_ERROR]: 'x.y',
    });
  });
});
