import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { adminApiKeyHistory, adminListApiKeys } from '@/lib/open311/api-keys';
import { requirePermission } from '../_lib/guard';
import { errorCopy } from '../_lib/copy';
import { AdminHeader } from '../_components/AdminHeader';
import { AUDIT_ACTIONS, AuditTable } from '../_components/AuditTable';
import { Notice } from '../_components/Notice';
import { createKeyAction } from './actions';
import { CreateKeyForm } from './_components/CreateKeyForm';
import { KeysTable } from './_components/KeysTable';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The form renders the <title> ("Error: …" while it shows errors).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePermission(await localeFrom(params), 'apiKeys.manage');
  return { robots: { index: false } };
}

export default async function ApiKeysPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const actor = await requirePermission(locale, 'apiKeys.manage');
  const [keys, history] = await Promise.all([adminListApiKeys(actor), adminApiKeyHistory(actor)]);
  const { revoked } = await searchParams;
  const revokedKey = keys.find((k) => String(k.id) === revoked && k.revokedAt);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <AdminHeader locale={locale} actor={actor} current="apiKeys" />
      <CreateKeyForm
        // A new mount after each revoke: a key shown once is not shown again with the result.
        key={typeof revoked === 'string' ? revoked : ''}
        action={createKeyAction.bind(null, locale)}
        copy={{
          ...(await errorCopy(locale, ['apiKey.nameRequired', 'apiKey.nameTooLong'])),
          pageTitle: await pageTitle(locale, t('apiKeysTitle')),
          errorPageTitle: await pageTitle(locale, t('apiKeysTitle'), true),
          heading: t('createKeyHeading'),
          name: t('keyNameLabel'),
          nameHint: t('keyNameHint'),
          submit: t('createKeyButton'),
          newKeyBody: t('newKeyBody'),
        }}
        top={
          <>
            {revokedKey ? (
              <Notice>
                <p>{t('revokedBanner', { name: revokedKey.name })}</p>
              </Notice>
            ) : null}
            <h1>{t('apiKeysTitle')}</h1>
            <p>{t('apiKeysLead')}</p>
            <KeysTable locale={locale} keys={keys} />
          </>
        }
        bottom={
          <>
            <h2>{t('keyHistoryHeading')}</h2>
            <AuditTable
              locale={locale}
              caption={t('keyHistoryCaption')}
              region={t('keyHistoryRegion')}
              empty={t('keyHistoryEmpty')}
              rows={history.map((e) => ({
                id: e.id,
                at: e.at,
                who: e.actorName ?? t('system'),
                what: AUDIT_ACTIONS[e.action] ? t(AUDIT_ACTIONS[e.action]) : e.action,
                details:
                  e.keyName && e.keyPrefix
                    ? [t('keyDetails', { name: e.keyName, prefix: e.keyPrefix })]
                    : [],
              }))}
            />
          </>
        }
      />
    </>
  );
}
