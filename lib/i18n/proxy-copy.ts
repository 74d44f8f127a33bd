import type { Locale } from './config';
import enCommon from '@/locales/en/Common.json';
import esCommon from '@/locales/es/Common.json';
import zhCommon from '@/locales/zh/Common.json';
import koCommon from '@/locales/ko/Common.json';
import frCommon from '@/locales/fr/Common.json';
import ruCommon from '@/locales/ru/Common.json';
import arCommon from '@/locales/ar/Common.json';
import enOutage from '@/locales/en/Outage.json';
import esOutage from '@/locales/es/Outage.json';
import zhOutage from '@/locales/zh/Outage.json';
import koOutage from '@/locales/ko/Outage.json';
import frOutage from '@/locales/fr/Outage.json';
import ruOutage from '@/locales/ru/Outage.json';
import arOutage from '@/locales/ar/Outage.json';
import enForm from '@/locales/en/RequestForm.json';
import esForm from '@/locales/es/RequestForm.json';
import zhForm from '@/locales/zh/RequestForm.json';
import koForm from '@/locales/ko/RequestForm.json';
import frForm from '@/locales/fr/RequestForm.json';
import ruForm from '@/locales/ru/RequestForm.json';
import arForm from '@/locales/ar/RequestForm.json';

/**
 * The few messages the proxy's own plain pages use (bad address, foreign post, too large,
 * unavailable): the proxy answers before next-intl runs, so it reads them straight from the
 * files. Plain strings only (no ICU arguments), one import per locale here and nowhere else.
 */
type Copy = { Common: typeof enCommon; Outage: typeof enOutage; RequestForm: typeof enForm };
export const proxyCopy: Record<Locale, Copy> = {
  en: { Common: enCommon, Outage: enOutage, RequestForm: enForm },
  es: { Common: esCommon, Outage: esOutage, RequestForm: esForm },
  zh: { Common: zhCommon, Outage: zhOutage, RequestForm: zhForm },
  ko: { Common: koCommon, Outage: koOutage, RequestForm: koForm },
  fr: { Common: frCommon, Outage: frOutage, RequestForm: frForm },
  ru: { Common: ruCommon, Outage: ruOutage, RequestForm: ruForm },
  ar: { Common: arCommon, Outage: arOutage, RequestForm: arForm },
};
