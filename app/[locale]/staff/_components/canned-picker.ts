import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/authorize';
import { cannedChoices } from '@/lib/staff/canned';
import type { CannedOption, CannedPickerCopy } from './CannedResponsePicker';

/**
 * What a page gives CannedResponsePicker for a request: the agency's saved responses with their
 * text in the resident's language (the request's `locale`), and the picker's words in the
 * reader's. No options for staff who may not work the agency's requests.
 */
export async function cannedPicker(
  locale: string,
  actor: Actor,
  agencyCode: string,
  residentLocale: string,
): Promise<{ options: CannedOption[]; copy: CannedPickerCopy }> {
  const [options, t] = await Promise.all([
    cannedChoices(actor, agencyCode, residentLocale),
    getTranslations({ locale, namespace: 'Responses' }),
  ]);
  return {
    options,
    copy: { label: t('pickerLabel'), hint: t('pickerHint'), none: t('pickerNone') },
  };
}
