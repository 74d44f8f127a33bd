import type { Metadata } from 'next';
import { ltrIn } from '@/lib/i18n/bidi';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeFrom } from '@/lib/i18n/server';
import { requireStaff } from '@/lib/auth/current';
import { can } from '@/lib/auth/authorize';
import { getStaffRequest } from '@/lib/staff/request';
import { INTENTS } from '@/lib/staff/schema';
import { actionsFor } from '@/lib/requests/status';
import { normalizeTrackingNumber } from '@/lib/requests/tracking-number';
import { decodeParam } from '@/lib/http/bad-address';
import { queueHref, readQueueContext } from '@/lib/staff/queue-filters';
import { auditLines } from '../../_components/audit-text';
import { QueueContextNav } from '../../_components/QueueContextNav';
import { requestAction } from './actions';
import { RequestWorkspace } from './_components/RequestWorkspace';
import { RequestHeader } from './_components/RequestHeader';
import { RequestDetails } from './_components/RequestDetails';
import { RequestHistory } from './_components/RequestHistory';
import { workspaceCopy } from './_components/workspace-copy';
import { Shortcuts } from '@/components/staff/Shortcuts';
import { ActionDone } from '@/components/staff/ActionDone';
import { duplicatesView, reclassifyView } from './_components/reclassify-view';
import { cannedPicker } from '../../_components/canned-picker';

type Props = {
  params: Promise<{ locale: string; trackingNumber: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The workspace renders the <title> itself ("Error: …" while a form shows errors).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireStaff(await localeFrom(params)); // metadata renders apart from the page
  return { robots: { index: false } };
}

/**
 * One request, for staff: its details and history (server views), and the actions this member
 * may take on it now (RequestWorkspace, one server action behind every form). What may be done
 * is decided here only to hide buttons: lib/staff/commands.ts decides again on every post.
 */
export default async function StaffRequestPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const user = await requireStaff(locale);
  const tn = normalizeTrackingNumber(decodeParam((await params).trackingNumber));
  const request = tn ? await getStaffRequest(user, tn, locale) : null;
  if (!request) notFound();

  const t = await getTranslations({ locale, namespace: 'Triage' });
  const tk = await getTranslations({ locale, namespace: 'Shortcuts' });
  const now = new Date();
  const title = t('title', { number: ltrIn(locale, request.trackingNumber) });
  const sp = await searchParams;
  const { done, message, merged } = sp;
  const queue = readQueueContext(sp).query;
  const doneIntent = INTENTS.find((i) => i === done);
  // A suggested duplicate was merged into this one (DuplicateSuggestions): said only if true.
  const mergedHere = request.duplicates.find((d) => d === merged);
  const tr = await getTranslations({ locale, namespace: 'Reclassify' });
  const agency = request.agencyCode;
  const open = request.status !== 'closed';
  const mayWork = can(user, 'request.work', agency);
  const moves = actionsFor(request.status).filter(
    (a): a is 'acknowledge' | 'start' | 'reopen' =>
      a !== 'close' && can(user, a === 'reopen' ? 'request.reopen' : 'request.work', agency),
  );

  return (
    <RequestWorkspace
      action={requestAction.bind(null, locale)}
      banner={
        doneIntent || mergedHere ? (
          <ActionDone
            id="action-done"
            message={
              doneIntent ? t(`done.${doneIntent}`) : tr('mergedHere', { number: mergedHere! })
            }
          />
        ) : null
      }
      header={
        <>
          <RequestHeader
            // Back to the queue view it was opened from (filters, sort and page kept).
            backHref={queueHref(locale, queue)}
            backLabel={t('backToQueue')}
            title={title}
            nav={
              <QueueContextNav
                locale={locale}
                actor={user}
                trackingNumber={request.trackingNumber}
                searchParams={sp}
              />
            }
            shortcuts={{ href: `/${locale}/staff/shortcuts`, label: tk('link') }}
          />
          <Shortcuts where="request" />
        </>
      }
      details={
        <RequestDetails
          locale={locale}
          actor={user}
          request={request}
          now={now}
          messageNotice={typeof message === 'string' ? message : undefined}
        />
      }
      history={
        <RequestHistory
          locale={locale}
          request={request}
          audit={await auditLines(locale, request.audit)}
        />
      }
      request={{
        trackingNumber: request.trackingNumber,
        version: request.version,
        moves,
        canClose: open && mayWork,
        canMerge: open && mayWork,
        canAssignOthers: can(user, 'request.assign', agency),
        canTake: mayWork && request.assignedTo !== user.id,
        selfId: user.id,
        staff: request.staff,
        assigneeId: request.assignedTo,
        canNote: mayWork,
        reclassify: await reclassifyView(locale, user, request),
        duplicates: await duplicatesView(locale, user, request, now),
        queue,
      }}
      copy={await workspaceCopy(locale, title)}
      // Saved responses offered with their text in the resident's language (the request's).
      canned={await cannedPicker(locale, user, agency, request.locale)}
    />
  );
}
