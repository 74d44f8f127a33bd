import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { localeFrom, pageTitle } from '@/lib/i18n/server';
import { requireStaff } from '@/lib/auth/current';
import { RequestMessages } from './_components/RequestMessages';
import { can } from '@/lib/auth/authorize';
import { getStaffRequest } from '@/lib/staff/request';
import { CLOSE_FORM_REASONS, INTENTS, REFERRED_TO_MAX } from '@/lib/staff/schema';
import { actionsFor } from '@/lib/requests/status';
import { normalizeTrackingNumber } from '@/lib/requests/tracking-number';
import { StatusTag } from '@/components/data/StatusTag';
import { auditLines } from '../../_components/audit-text';
import { requestAction } from './actions';
import { RequestWorkspace } from './_components/RequestWorkspace';
import { decodeParam } from '@/lib/http/bad-address';

type Props = {
  params: Promise<{ locale: string; trackingNumber: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The workspace renders the <title> itself ("Error: …" while a form shows errors).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaff(await localeFrom(params)); // metadata renders apart from the page
  return { robots: { index: false } };
}

const VALIDATION_KEYS = [
  'triage.stale',
  'triage.notFound',
  'triage.forbidden',
  'triage.illegal',
  'triage.conflict',
  'triage.unknownAction',
  'triage.reasonRequired',
  'triage.reopenReasonRequired',
  'triage.referredToRequired',
  'triage.referredToTooLong',
  'triage.referredToMarkup',
  'triage.noteRequired',
  'triage.noteTooLong',
  'triage.noteMarkup',
  'triage.parentRequired',
  'triage.parentFormat',
  'triage.parentNotFound',
  'triage.parentSelf',
  'triage.parentClosed',
  'triage.assigneeInvalid',
  'triage.visibilityRequired',
] as const;

export default async function StaffRequestPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const user = await requireStaff(locale);
  const tn = normalizeTrackingNumber(decodeParam((await params).trackingNumber));
  const request = tn ? await getStaffRequest(user, tn, locale) : null;
  if (!request) notFound();

  const t = await getTranslations({ locale, namespace: 'Triage' });
  const ts = await getTranslations({ locale, namespace: 'Status' });
  const tv = await getTranslations({ locale, namespace: 'Validation' });
  const tf = await getTranslations({ locale, namespace: 'RequestForm' });
  const format = await getFormatter({ locale });
  const now = new Date();
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  const title = t('title', { number: request.trackingNumber });
  const { done, message } = await searchParams;
  const messageNotice = typeof message === 'string' ? message : undefined;
  const doneIntent = INTENTS.find((i) => i === done);
  const overdue = request.status !== 'closed' && request.dueAt !== null && request.dueAt < now;
  const agency = request.agencyCode;
  const moves = actionsFor(request.status).filter(
    (a): a is 'acknowledge' | 'start' | 'reopen' =>
      a !== 'close' && can(user, a === 'reopen' ? 'request.reopen' : 'request.work', agency),
  );
  const open = request.status !== 'closed';
  const audit = await auditLines(locale, request.audit);

  const row = (label: string, value: React.ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );

  // layout-wide: the whole page widens on desktops for its tables (styles/globals.css).
  const header = (
    <div className="layout-wide">
      <p>
        <Link href={`/${locale}/staff`}>{t('backToQueue')}</Link>
      </p>
      <h1>{title}</h1>
    </div>
  );

  const details = (
    <>
      <dl className="summary-list" id="request-summary">
        {row(
          t('status'),
          <>
            <StatusTag status={request.status} label={ts(request.status)} />
            {overdue ? (
              <>
                {' '}
                <strong className="tag tag--overdue">{t('overdue')}</strong>
              </>
            ) : null}
          </>,
        )}
        {request.closeReason ? row(t('outcome'), ts(`reason.${request.closeReason}`)) : null}
        {request.referredTo ? row(t('referredTo'), request.referredTo) : null}
        {request.parentNumber
          ? row(
              t('duplicateOf'),
              <Link href={`/${locale}/staff/requests/${request.parentNumber}`}>
                {request.parentNumber}
              </Link>,
            )
          : null}
        {request.duplicates.length
          ? row(
              t('duplicates'),
              <ul className="plain-list">
                {request.duplicates.map((d) => (
                  <li key={d}>
                    <Link href={`/${locale}/staff/requests/${d}`}>{d}</Link>
                  </li>
                ))}
              </ul>,
            )
          : null}
        {row(
          t('service'),
          <span lang={request.serviceName.lang === locale ? undefined : request.serviceName.lang}>
            {request.serviceName.text}
          </span>,
        )}
        {row(t('assignedTo'), request.assignee?.name ?? t('nobody'))}
        {row(
          t('location'),
          <>
            {[request.address, request.zip].filter(Boolean).join(', ') || t('noAddress')}
            {request.lat !== null && request.long !== null ? (
              <>
                <br />
                {t('coordinates', { lat: request.lat.toFixed(5), long: request.long.toFixed(5) })}
              </>
            ) : null}
            {/* The resident's landmark ("behind the bus shelter"): how the crew finds it. */}
            {request.locationNote ? (
              <>
                <br />
                {t('landmark', { note: request.locationNote })}
              </>
            ) : null}
          </>,
        )}
        {row(
          t('sent'),
          `${date(request.createdAt)} — ${t(`channel.${request.channel}`, { client: request.apiClient ?? '' })}`,
        )}
        {row(
          t('target'),
          request.dueAt ? (
            <>
              {date(request.dueAt)} (
              {open
                ? overdue
                  ? t('overdueBy', { relative: format.relativeTime(request.dueAt, now) })
                  : t('timeLeft', { relative: format.relativeTime(request.dueAt, now) })
                : t('closedOn', { date: date(request.closedAt!) })}
              )
            </>
          ) : (
            t('noTarget')
          ),
        )}
        {request.acknowledgedAt ? row(t('acknowledged'), date(request.acknowledgedAt)) : null}
      </dl>

      <h2>{t('descriptionHeading')}</h2>
      <p className="preserve-lines">{request.description || t('noDescription')}</p>

      {request.answers.length ? (
        <>
          <h2>{t('answersHeading')}</h2>
          <dl className="summary-list">
            {request.answers.map((a) => (
              <div key={a.code}>
                <dt>{a.question}</dt>
                <dd>{a.answer}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}

      {request.photos.length || request.mediaUrl ? (
        <>
          <h2>{t('photosHeading')}</h2>
          <ul className="plain-list photo-list">
            {request.photos.map((p, i) => (
              <li key={p.id}>
                <a href={`/api/staff/media/${p.id}`}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- private, served by an authorized route */}
                  <img
                    src={`/api/staff/media/${p.id}`}
                    alt={t('photoAlt', { n: i + 1, number: request.trackingNumber })}
                    width={p.width}
                    height={p.height}
                  />
                </a>
              </li>
            ))}
            {request.mediaUrl ? (
              <li>
                <a href={request.mediaUrl} rel="noopener noreferrer nofollow">
                  {t('mediaUrl')}
                </a>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}

      <h2>{t('contactHeading')}</h2>
      {request.contact ? (
        <dl className="summary-list">
          {row(t('contactName'), request.contact.name || t('none'))}
          {row(t('contactEmail'), request.contact.email || t('none'))}
          {row(t('contactPhone'), request.contact.phone || t('none'))}
          {row(
            t('contactLanguage'),
            !request.contact.preferredLanguage
              ? t('none')
              : request.contact.preferredLanguage === 'other'
                ? t('otherLanguage')
                : (new Intl.DisplayNames([locale], { type: 'language' }).of(
                    request.contact.preferredLanguage,
                  ) ?? request.contact.preferredLanguage),
          )}
          {row(t('consent'), request.contact.consentToUpdates ? t('yes') : t('no'))}
        </dl>
      ) : (
        <p>{t('anonymous')}</p>
      )}
      <RequestMessages
        locale={locale}
        actor={user}
        trackingNumber={request.trackingNumber}
        notice={messageNotice}
      />
    </>
  );

  const history = (
    <>
      <h2>{t('timelineHeading')}</h2>
      <ol className="timeline" reversed>
        {[...request.events].reverse().map((e) => (
          <li key={e.id}>
            <time dateTime={e.at.toISOString()}>{date(e.at)}</time>
            <strong>
              {e.kind === 'note'
                ? t('eventNote')
                : e.kind === 'assigned'
                  ? t('eventAssigned')
                  : e.kind === 'duplicate_merged'
                    ? t('eventDuplicateMerged', { number: e.body ?? '' })
                    : e.toStatus
                      ? t('eventStatus', { status: ts(e.toStatus) })
                      : e.kind}
            </strong>{' '}
            <span className={e.visibility === 'public' ? 'tag' : 'tag tag--internal'}>
              {e.visibility === 'public' ? t('public') : t('internal')}
            </span>
            {e.actorName ? <span> — {e.actorName}</span> : null}
            {e.body && e.kind !== 'duplicate_merged' ? (
              <p className="preserve-lines">{e.body}</p>
            ) : null}
          </li>
        ))}
      </ol>

      <h2 id="audit-heading">{t('auditHeading')}</h2>
      {audit.length ? (
        <div className="table-scroll" role="region" aria-labelledby="audit-heading" tabIndex={0}>
          <table className="table">
            <caption>{t('auditCaption', { number: request.trackingNumber })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('auditWhen')}</th>
                <th scope="col">{t('auditWho')}</th>
                <th scope="col">{t('auditWhat')}</th>
                <th scope="col">{t('auditChanges')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.map((a) => (
                <tr key={a.id}>
                  <td>
                    <time dateTime={a.at}>{a.when}</time>
                  </td>
                  <td>{a.who}</td>
                  <td>{a.what}</td>
                  <td>
                    <ul className="plain-list">
                      {a.changes.map((c, i) => (
                        <li key={i}>{c}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('auditEmpty')}</p>
      )}
    </>
  );

  const banner = doneIntent ? (
    <div className="notification-banner" role="status">
      <p>{t(`done.${doneIntent}`)}</p>
    </div>
  ) : null;

  return (
    <RequestWorkspace
      action={requestAction.bind(null, locale)}
      banner={banner}
      header={header}
      details={details}
      history={history}
      request={{
        trackingNumber: request.trackingNumber,
        version: request.version,
        moves,
        canClose: open && can(user, 'request.work', agency),
        canMerge: open && can(user, 'request.work', agency),
        canAssignOthers: can(user, 'request.assign', agency),
        canTake: can(user, 'request.work', agency) && request.assignedTo !== user.id,
        selfId: user.id,
        staff: request.staff,
        assigneeId: request.assignedTo,
        canNote: can(user, 'request.work', agency),
      }}
      copy={{
        pageTitle: await pageTitle(locale, title),
        errorPageTitle: await pageTitle(locale, title, true),
        summaryTitle: tf('errorSummaryTitle'),
        errorPrefix: tf('errorPrefix'),
        errors: Object.fromEntries(VALIDATION_KEYS.map((k) => [k, tv(k)])),
        actionsHeading: t('actionsHeading'),
        buttons: {
          acknowledge: t('acknowledge'),
          start: t('start'),
          reopen: t('reopen'),
          close: t('close'),
          merge: t('merge'),
          assign: t('assign'),
          note: t('addNote'),
        },
        closeHeading: t('closeHeading'),
        reasonLegend: t('reasonLegend'),
        reasons: CLOSE_FORM_REASONS.map((r) => ({ value: r, label: ts(`reason.${r}`) })),
        publicNoteLabel: t('publicNoteLabel'),
        publicNoteHint: t('publicNoteHint'),
        reopenHeading: t('reopenHeading'),
        reopenReasonLabel: t('reopenReasonLabel'),
        reopenReasonHint: t('reopenReasonHint'),
        referredToLabel: t('referredToLabel'),
        referredToHint: t('referredToHint', { max: REFERRED_TO_MAX }),
        mergeHeading: t('mergeHeading'),
        parentLabel: t('parentLabel'),
        parentHint: t('parentHint'),
        assignHeading: t('assignHeading'),
        assigneeLabel: t('assigneeLabel'),
        nobody: t('nobody'),
        takeIt: t('takeIt'),
        noteHeading: t('noteHeading'),
        noteLabel: t('noteLabel'),
        visibilityLegend: t('visibilityLegend'),
        visibilities: [
          { value: 'internal', label: t('internalOption') },
          { value: 'public', label: t('publicOption') },
        ],
        conflictTitle: t('conflictTitle'),
        conflictLead: t('conflictLead'),
        conflictNext: t('conflictNext'),
      }}
    />
  );
}
