import { getFormatter, getTranslations } from 'next-intl/server';
import type { StaffUserSummary } from '@/lib/auth/users';
import type { userText } from './user-text';

/** The account as it is now: a GOV.UK summary list under the person's name. */
export async function UserDetails({
  locale,
  user,
  text,
}: {
  locale: string;
  user: StaffUserSummary;
  text: Awaited<ReturnType<typeof userText>>;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const format = await getFormatter({ locale });
  const rows = [
    [t('colEmail'), user.email],
    [t('colRole'), text.role(user.role)],
    [t('colAgency'), text.agency(user.agencyCode)],
    [t('colStatus'), user.disabledAt ? t('statusDisabled') : t('statusActive')],
    [
      t('colSecondFactor'),
      user.totpEnabledAt
        ? t('secondFactorOn', { date: format.dateTime(user.totpEnabledAt, { dateStyle: 'long' }) })
        : t('secondFactorOff'),
    ],
  ];
  return (
    <>
      <h1>{user.name}</h1>
      <dl className="summary-list">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
