import { describe, expect, it } from 'vitest';
import { formErrors } from './form-errors';

describe('formErrors', () => {
  it('gives each field its words and the summary in the order the form asks', () => {
    const { messageFor, items } = formErrors(
      { password: 'password.required', email: 'email.format' },
      ['email', 'password', 'name'],
      { 'email.format': 'Enter an email address like name@example.com' },
    );
    expect(messageFor('email')).toBe('Enter an email address like name@example.com');
    // A key without words is shown as it is rather than hidden.
    expect(messageFor('password')).toBe('password.required');
    expect(messageFor('name')).toBeNull();
    expect(items.map((i) => [i.field, i.href])).toEqual([
      ['email', '#email'],
      ['password', '#password'],
    ]);
  });

  it('takes per-field messages and links a problem of the whole form elsewhere', () => {
    const { items } = formErrors(
      { form: 'form.expired', attr__SIZE: 'attribute.required' },
      ['attr__SIZE', 'form'],
      (key, field) => `${field}: ${key}`,
      (field) => (field === 'form' ? '#main-content' : `#${field}`),
    );
    expect(items).toEqual([
      { field: 'attr__SIZE', href: '#attr__SIZE', message: 'attr__SIZE: attribute.required' },
      { field: 'form', href: '#main-content', message: 'form: form.expired' },
    ]);
  });
});
