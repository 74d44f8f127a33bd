/**
 * What residents search for that the city's 311 service does not handle, and where to go
 * instead. Search shows a matching pointer before (or instead of) services.
 *
 * Numbers, and where they come from (checked when written; check again when editing):
 * - 911: emergencies (fire, crime in progress, someone hurt).
 * - Noise: Baltimore's 311 line began in 1996 as the police non-emergency number, and noise and
 *   other non-emergency police matters phoned in to 311 still go to the Baltimore Police
 *   Department. We found no separate police non-emergency number we could confirm, so the
 *   pointer says "call 311 and ask for the police" and links tel:311.
 * - BGE power outages and downed wires: 1-877-778-2222 (BGE press releases).
 * - BGE gas emergencies, 24 hours: 1-800-685-0123; leave first, call from a safe place (BGE's
 *   natural gas safety notices).
 *
 * Keywords are words residents really type, per locale; titles are searched like service names.
 */
import type { LocalizedList, LocalizedText } from '@/db/schema/types';

export type Pointer = {
  id: string;
  /** An emergency: shown with the warning style. */
  urgent: boolean;
  /** The tel: link target. */
  tel: string;
  title: LocalizedText;
  body: LocalizedText;
  /** The link text, number included, so it reads well on its own. */
  call: LocalizedText;
  keywords: LocalizedList;
};

export const pointers: Pointer[] = [
  {
    id: 'emergency-911',
    urgent: true,
    tel: '911',
    title: { en: 'Fire, crime or someone hurt', es: 'Incendio, delito o alguien herido' },
    body: {
      en: 'Call 911 right away for a fire, a crime happening now, or someone hurt or in danger. Do not use this site for emergencies.',
      es: 'Llame al 911 de inmediato si hay un incendio, un delito que está ocurriendo o alguien herido o en peligro. No use este sitio para emergencias.',
    },
    call: { en: 'Call 911', es: 'Llamar al 911' },
    keywords: {
      en: [
        'emergency',
        'fire',
        'house on fire',
        'smoke',
        'crime',
        'crime in progress',
        'break in',
        'robbery',
        'shooting',
        'gunshots',
        'fight',
        'assault',
        'someone hurt',
        'injured',
        'ambulance',
        'medical emergency',
      ],
      es: [
        'emergencia',
        'incendio',
        'fuego',
        'humo',
        'delito',
        'crimen',
        'robo',
        'asalto',
        'balacera',
        'disparos',
        'pelea',
        'alguien herido',
        'herido',
        'ambulancia',
        'emergencia médica',
      ],
    },
  },
  {
    id: 'bge-gas-emergency',
    urgent: true,
    tel: '+18006850123',
    title: { en: 'Gas smell or gas leak', es: 'Olor a gas o fuga de gas' },
    body: {
      en: 'A gas leak is an emergency. Leave the building or area now. Do not use light switches or phones near the smell. From a safe place, call BGE’s gas emergency line, open 24 hours. If there is a fire or someone is hurt, call 911.',
      es: 'Una fuga de gas es una emergencia. Salga del edificio o del área ahora. No use interruptores de luz ni teléfonos cerca del olor. Desde un lugar seguro, llame a la línea de emergencias de gas de BGE, abierta las 24 horas. Si hay un incendio o alguien está herido, llame al 911.',
    },
    call: {
      en: 'Call BGE gas emergencies: 1-800-685-0123',
      es: 'Llamar a emergencias de gas de BGE: 1-800-685-0123',
    },
    keywords: {
      en: [
        'gas',
        'gas leak',
        'smell gas',
        'gas smell',
        'gas odor',
        'rotten egg smell',
        'natural gas',
      ],
      es: ['gas', 'fuga de gas', 'olor a gas', 'huele a gas', 'escape de gas', 'gas natural'],
    },
  },
  {
    id: 'bge-power-outage',
    urgent: false,
    tel: '+18777782222',
    title: { en: 'Power outage', es: 'Apagón o corte de electricidad' },
    body: {
      en: 'Power outages at homes and businesses are fixed by BGE (Baltimore Gas and Electric), not the city. Report the outage to BGE. Stay at least 10 feet away from a wire on the ground.',
      es: 'Los cortes de electricidad en casas y negocios los repara BGE (Baltimore Gas and Electric), no la ciudad. Reporte el apagón a BGE. Manténgase a por lo menos 10 pies (3 metros) de un cable caído.',
    },
    call: {
      en: 'Call BGE to report an outage: 1-877-778-2222',
      es: 'Llamar a BGE para reportar un apagón: 1-877-778-2222',
    },
    keywords: {
      en: [
        'power outage',
        'power out',
        'power is out',
        'no power',
        'no electricity',
        'electricity out',
        'blackout',
        'outage',
        'downed power line',
        'wire down',
      ],
      es: [
        'apagón',
        'corte de luz',
        'se fue la luz',
        'no hay luz',
        'sin luz',
        'sin electricidad',
        'no hay electricidad',
        'corte de electricidad',
        'cable caído',
      ],
    },
  },
  {
    id: 'police-non-emergency',
    urgent: false,
    tel: '311',
    title: { en: 'Noise, loud music and parties', es: 'Ruido, música alta y fiestas' },
    body: {
      en: 'This site cannot take noise complaints: the Baltimore Police Department handles them. Call 311 and ask for the police non-emergency line. If someone is in danger, call 911.',
      es: 'Este sitio no recibe quejas por ruido: las atiende el Departamento de Policía de Baltimore. Llame al 311 y pida la línea de la policía para casos que no son emergencias. Si alguien está en peligro, llame al 911.',
    },
    call: {
      en: 'Call 311 for the police non-emergency line',
      es: 'Llamar al 311 para la línea de la policía que no es de emergencias',
    },
    keywords: {
      en: [
        'noise',
        'noise complaint',
        'loud music',
        'loud party',
        'loud neighbors',
        'loud car stereo',
        'fireworks',
        'police non emergency',
        'police',
      ],
      es: [
        'ruido',
        'queja por ruido',
        'música alta',
        'música fuerte',
        'fiesta ruidosa',
        'vecinos ruidosos',
        'escándalo',
        'bulla',
        'cohetes',
        'policía',
      ],
    },
  },
];
