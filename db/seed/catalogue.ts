/**
 * Seed catalogue for the Baltimore 311 portal.
 *
 * Service codes are Baltimore City's real 311 request types (2019-2020 extract), copied
 * verbatim, and are used as the Open311 service_code. Names, descriptions and keywords are
 * written for residents. Targets are illustrative fiscal-year commitments, not official SLAs.
 */
import type { SeedAgency, SeedAttribute, SeedCategory, SeedService } from './types';

export const agencies: SeedAgency[] = [
  {
    code: 'DOT',
    name: { en: 'Department of Transportation', es: 'Departamento de Transporte' },
  },
  {
    code: 'BGE',
    name: { en: 'Baltimore Gas and Electric', es: 'Baltimore Gas and Electric (BGE)' },
  },
  {
    code: 'DPW-SW',
    name: { en: 'Public Works – Solid Waste', es: 'Obras Públicas – Residuos Sólidos' },
  },
  {
    code: 'DPW-WW',
    name: {
      en: 'Public Works – Water and Wastewater',
      es: 'Obras Públicas – Agua y Aguas Residuales',
    },
  },
  {
    code: 'HCD',
    name: {
      en: 'Housing and Community Development',
      es: 'Vivienda y Desarrollo Comunitario',
    },
  },
  {
    code: 'BCRP',
    name: { en: 'Recreation and Parks', es: 'Recreación y Parques' },
  },
  {
    code: 'FOR',
    name: {
      en: 'Forestry, Recreation and Parks',
      es: 'División Forestal, Recreación y Parques',
    },
  },
  {
    code: 'HLTH',
    name: { en: 'Health Department', es: 'Departamento de Salud' },
  },
];

export const categories: SeedCategory[] = [
  {
    code: 'streets',
    name: { en: 'Streets and sidewalks', es: 'Calles y aceras' },
    description: {
      en: 'Potholes, broken sidewalks and curbs, damaged signs and things blocking the road.',
      es: 'Baches, aceras y bordillos rotos, señales dañadas y objetos que bloquean la calle.',
    },
    sortOrder: 1,
  },
  {
    code: 'lights',
    name: { en: 'Street lights and traffic signals', es: 'Alumbrado público y semáforos' },
    description: {
      en: 'Street lights that are out or damaged, and traffic signals that are not working.',
      es: 'Farolas apagadas o dañadas y semáforos que no funcionan.',
    },
    sortOrder: 2,
  },
  {
    code: 'trash',
    name: { en: 'Trash, recycling and bulk items', es: 'Basura, reciclaje y artículos grandes' },
    description: {
      en: 'Missed trash or recycling, bulk item and appliance pickups, and city trash cans.',
      es: 'Basura o reciclaje no recogidos, recogida de artículos grandes y electrodomésticos, y botes de basura de la ciudad.',
    },
    sortOrder: 3,
  },
  {
    code: 'cleanliness',
    name: {
      en: 'Dirty streets, alleys, dumping and graffiti',
      es: 'Calles y callejones sucios, basura tirada y grafiti',
    },
    description: {
      en: 'Trash in streets and alleys, illegal dumping and graffiti on public or private property.',
      es: 'Basura en calles y callejones, basura tirada ilegalmente y grafiti en propiedad pública o privada.',
    },
    sortOrder: 4,
  },
  {
    code: 'water',
    name: { en: 'Water, sewer and storm drains', es: 'Agua, alcantarillado y desagües pluviales' },
    description: {
      en: 'Water leaks, fire hydrants, sewer backups, water quality and clogged storm drains.',
      es: 'Fugas de agua, hidrantes, desbordes de aguas negras, calidad del agua y desagües tapados.',
    },
    sortOrder: 5,
  },
  {
    code: 'trees-parks',
    name: { en: 'Trees and parks', es: 'Árboles y parques' },
    description: {
      en: 'Fallen trees and branches, tree inspections, and problems in city parks and playgrounds.',
      es: 'Árboles y ramas caídos, inspecciones de árboles y problemas en parques y áreas de juegos.',
    },
    sortOrder: 6,
  },
  {
    code: 'housing',
    name: { en: 'Housing and property', es: 'Vivienda y propiedades' },
    description: {
      en: 'Vacant buildings, properties with trash or tall grass, and buildings in poor repair.',
      es: 'Edificios abandonados, propiedades con basura o hierba alta y edificios en mal estado.',
    },
    sortOrder: 7,
  },
  {
    code: 'vehicles',
    name: { en: 'Parking and vehicles', es: 'Estacionamiento y vehículos' },
    description: {
      en: 'Abandoned vehicles and cars parked illegally or unsafely.',
      es: 'Vehículos abandonados y autos estacionados de forma ilegal o peligrosa.',
    },
    sortOrder: 8,
  },
  {
    code: 'animals-health',
    name: { en: 'Rats, animals and health', es: 'Ratas, animales y salud' },
    description: {
      en: 'Rats, dead animals on public property and standing water that breeds mosquitoes.',
      es: 'Ratas, animales muertos en la vía pública y agua estancada donde se crían mosquitos.',
    },
    sortOrder: 9,
  },
];

// Reusable answer lists.
const YES_NO: NonNullable<SeedAttribute['values']> = [
  { key: 'yes', name: { en: 'Yes', es: 'Sí' } },
  { key: 'no', name: { en: 'No', es: 'No' } },
];
const YES_NO_NOT_SURE: NonNullable<SeedAttribute['values']> = [
  ...YES_NO,
  { key: 'not_sure', name: { en: 'Not sure', es: 'No estoy seguro' } },
];
const SET_OUT_LOCATION: SeedAttribute = {
  code: 'SET_OUT_LOCATION',
  datatype: 'singlevaluelist',
  required: true,
  description: {
    en: 'Where do you put your trash out?',
    es: '¿Dónde saca su basura?',
  },
  values: [
    { key: 'front', name: { en: 'Front of the house', es: 'Frente de la casa' } },
    { key: 'alley', name: { en: 'Back alley', es: 'Callejón de atrás' } },
  ],
};
const POLE_NUMBER: SeedAttribute = {
  code: 'POLE_NUMBER',
  datatype: 'string',
  required: false,
  description: { en: 'What is the pole number?', es: '¿Cuál es el número del poste?' },
  hint: {
    en: 'The number on the metal tag on the pole, if you can see it.',
    es: 'El número de la placa de metal del poste, si lo puede ver.',
  },
};
const PARK_NAME: SeedAttribute = {
  code: 'PARK_NAME',
  datatype: 'string',
  required: true,
  description: { en: 'What is the name of the park?', es: '¿Cómo se llama el parque?' },
  hint: {
    en: 'If you do not know the name, describe where it is.',
    es: 'Si no sabe el nombre, describa dónde está.',
  },
};
const LICENSE_PLATE: SeedAttribute = {
  code: 'LICENSE_PLATE',
  datatype: 'string',
  required: false,
  description: { en: 'What is the license plate?', es: '¿Cuál es el número de placa?' },
  hint: {
    en: 'Include the state if it is not Maryland.',
    es: 'Incluya el estado si no es de Maryland.',
  },
};

export const services: SeedService[] = [
  // ---------------------------------------------------------------- Streets and sidewalks
  {
    code: 'TRM-Potholes',
    agency: 'DOT',
    category: 'streets',
    popularity: 10,
    name: { en: 'Pothole', es: 'Bache' },
    description: {
      en: 'Report a hole in the road surface of a street, crosswalk, bike lane or alley.',
      es: 'Reporte un hoyo en el pavimento de una calle, cruce peatonal, ciclovía o callejón.',
    },
    expect: {
      en: 'A Transportation crew inspects the location and fills the pothole. Large or deep road damage may be scheduled for a bigger street repair.',
      es: 'Una cuadrilla de Transporte inspecciona el lugar y rellena el bache. Los daños grandes o profundos pueden programarse para una reparación mayor de la calle.',
    },
    keywords: {
      en: ['pothole', 'hole', 'road damage', 'crater', 'street repair', 'pavement'],
      es: [
        'bache',
        'hoyo',
        'hueco',
        'hoyo en la calle',
        'calle rota',
        'pavimento',
        'reparación de calle',
      ],
    },
    target: { daysToClose: 2, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'POTHOLE_LOCATION',
        datatype: 'singlevaluelist',
        required: true,
        // Not "Where is the pothole?": the form's location section asks where.
        description: {
          en: 'Which part of the street is it in?',
          es: '¿En qué parte de la calle está?',
        },
        values: [
          { key: 'street', name: { en: 'In the street', es: 'En la calle' } },
          { key: 'crosswalk', name: { en: 'In a crosswalk', es: 'En un cruce peatonal' } },
          { key: 'bike_lane', name: { en: 'In a bike lane', es: 'En una ciclovía' } },
          { key: 'alley', name: { en: 'In an alley', es: 'En un callejón' } },
        ],
      },
      {
        code: 'HOLE_SIZE',
        datatype: 'singlevaluelist',
        required: false,
        description: { en: 'How big is it?', es: '¿De qué tamaño es?' },
        values: [
          {
            key: 'small',
            name: { en: 'Smaller than a dinner plate', es: 'Más pequeño que un plato' },
          },
          {
            key: 'medium',
            name: { en: 'About the size of a car tire', es: 'Como una llanta de auto' },
          },
          {
            key: 'large',
            name: { en: 'Bigger than a car tire', es: 'Más grande que una llanta de auto' },
          },
        ],
      },
    ],
  },
  {
    code: 'TRM-Footways Repair',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    name: { en: 'Broken sidewalk', es: 'Acera rota' },
    description: {
      en: 'Report a sidewalk that is cracked, raised, sunken or missing and could make people trip.',
      es: 'Reporte una acera agrietada, levantada, hundida o faltante que pueda hacer tropezar a las personas.',
    },
    expect: {
      en: 'An inspector checks the sidewalk and decides who is responsible for the repair. Dangerous spots may be patched first and fully repaired later.',
      es: 'Un inspector revisa la acera y decide a quién le toca la reparación. Los lugares peligrosos pueden repararse de forma temporal primero y por completo más adelante.',
    },
    keywords: {
      en: [
        'sidewalk',
        'footway',
        'cracked sidewalk',
        'trip hazard',
        'uneven',
        'tree roots',
        'pavement',
      ],
      es: [
        'acera',
        'banqueta',
        'vereda',
        'acera rota',
        'peligro de tropiezo',
        'desnivel',
        'raíces',
      ],
    },
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'SIDEWALK_PROBLEM',
        datatype: 'singlevaluelist',
        required: true,
        description: {
          en: 'What is wrong with the sidewalk?',
          es: '¿Qué problema tiene la acera?',
        },
        values: [
          { key: 'cracked', name: { en: 'Cracked or broken', es: 'Agrietada o rota' } },
          { key: 'raised', name: { en: 'Raised or uneven', es: 'Levantada o desnivelada' } },
          { key: 'sunken', name: { en: 'Sunken', es: 'Hundida' } },
          { key: 'missing', name: { en: 'Missing pieces', es: 'Le faltan pedazos' } },
          { key: 'tree_roots', name: { en: 'Lifted by tree roots', es: 'Levantada por raíces' } },
        ],
      },
    ],
  },
  {
    code: 'TRM-Curb Repair',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    name: { en: 'Damaged curb', es: 'Bordillo dañado' },
    description: {
      en: 'Report a curb that is broken, crumbling or missing along a street.',
      es: 'Reporte un bordillo roto, desmoronado o faltante a lo largo de una calle.',
    },
    expect: {
      en: 'An inspector looks at the curb and schedules a repair crew if the city is responsible.',
      es: 'Un inspector revisa el bordillo y programa una cuadrilla de reparación si le corresponde a la ciudad.',
    },
    keywords: {
      en: ['curb', 'curbstone', 'broken curb', 'kerb', 'gutter'],
      es: ['bordillo', 'cordón', 'borde de la acera', 'contén', 'bordillo roto'],
    },
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },
  {
    code: 'TRM-Debris In Roadway',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    name: { en: 'Debris in the road', es: 'Escombros en la calle' },
    description: {
      en: 'Report objects in a travel lane such as branches, car parts or fallen loads. If it is causing a crash or immediate danger, call 911.',
      es: 'Reporte objetos en un carril como ramas, piezas de autos o cargas caídas. Si está causando un choque o un peligro inmediato, llame al 911.',
    },
    expect: {
      en: 'A Transportation crew is sent to clear the road. Debris that blocks traffic is handled first.',
      es: 'Se envía una cuadrilla de Transporte para despejar la calle. Los escombros que bloquean el tráfico se atienden primero.',
    },
    keywords: {
      en: ['debris', 'road blocked', 'object in road', 'fallen load', 'road hazard'],
      es: [
        'escombros',
        'calle bloqueada',
        'objeto en la calle',
        'carga caída',
        'peligro en la vía',
      ],
    },
    target: { daysToClose: 1, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'BLOCKING_TRAFFIC',
        datatype: 'singlevaluelist',
        required: true,
        description: {
          en: 'Is it blocking a lane of traffic?',
          es: '¿Está bloqueando un carril?',
        },
        values: YES_NO_NOT_SURE,
      },
    ],
  },
  {
    code: 'TRM-Sign Damaged/Sign Structure',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    name: { en: 'Damaged street sign', es: 'Señal de tránsito dañada' },
    description: {
      en: 'Report a traffic or street name sign that is knocked down, bent, turned or loose. If a stop sign is down at an intersection, call 311 right away.',
      es: 'Reporte una señal de tránsito o de nombre de calle que esté caída, doblada, girada o suelta. Si falta una señal de alto en un cruce, llame al 311 de inmediato.',
    },
    expect: {
      en: 'A sign crew checks the sign and repairs or replaces it. Missing stop and yield signs are handled first.',
      es: 'Una cuadrilla de señales revisa la señal y la repara o reemplaza. Las señales de alto y de ceda el paso se atienden primero.',
    },
    keywords: {
      en: ['sign', 'stop sign', 'street sign', 'knocked down sign', 'bent sign', 'sign post'],
      es: ['señal', 'letrero', 'señal de alto', 'señal caída', 'rótulo', 'poste de señal'],
    },
    target: { daysToClose: 7, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'SIGN_TYPE',
        datatype: 'singlevaluelist',
        required: true,
        description: { en: 'What kind of sign is it?', es: '¿Qué tipo de señal es?' },
        values: [
          { key: 'stop', name: { en: 'Stop sign', es: 'Señal de alto' } },
          { key: 'yield', name: { en: 'Yield sign', es: 'Señal de ceda el paso' } },
          { key: 'speed_limit', name: { en: 'Speed limit', es: 'Límite de velocidad' } },
          { key: 'street_name', name: { en: 'Street name', es: 'Nombre de calle' } },
          { key: 'parking', name: { en: 'Parking sign', es: 'Señal de estacionamiento' } },
          { key: 'other', name: { en: 'Other', es: 'Otra' } },
        ],
      },
      {
        code: 'SIGN_CONDITION',
        datatype: 'singlevaluelist',
        required: true,
        description: { en: 'What is wrong with it?', es: '¿Qué problema tiene?' },
        values: [
          { key: 'knocked_down', name: { en: 'Knocked down', es: 'Caída' } },
          { key: 'bent', name: { en: 'Bent or leaning', es: 'Doblada o inclinada' } },
          { key: 'turned', name: { en: 'Turned the wrong way', es: 'Girada al revés' } },
          { key: 'loose', name: { en: 'Loose', es: 'Suelta' } },
        ],
      },
    ],
  },
  {
    code: 'TRM-Alleys',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    name: { en: 'Alley in poor repair', es: 'Callejón en mal estado' },
    description: {
      en: 'Report an alley surface that is broken, sinking or full of holes. For trash in an alley, use "Dirty alley" instead.',
      es: 'Reporte un callejón con el pavimento roto, hundido o lleno de hoyos. Para basura en un callejón, use "Callejón sucio".',
    },
    expect: {
      en: 'An inspector assesses the alley. Small problems are patched; larger damage is added to the alley repair list.',
      es: 'Un inspector evalúa el callejón. Los problemas pequeños se parchan; los daños grandes se agregan a la lista de reparación de callejones.',
    },
    keywords: {
      en: ['alley', 'alley repair', 'broken alley', 'alley pothole', 'sinkhole'],
      es: [
        'callejón',
        'reparación de callejón',
        'callejón roto',
        'hoyo en callejón',
        'hundimiento',
      ],
    },
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },
  {
    code: 'TRM-(ADA) Sidewalk Ramp Concern (Repair)',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    name: { en: 'Curb ramp problem', es: 'Problema con rampa de acera' },
    description: {
      en: 'Report a curb ramp at a corner that is broken, blocked or too steep for wheelchairs, strollers or walkers.',
      es: 'Reporte una rampa de esquina rota, bloqueada o demasiado empinada para sillas de ruedas, carriolas o andaderas.',
    },
    expect: {
      en: 'An inspector checks the ramp against accessibility standards and schedules a repair or rebuild.',
      es: 'Un inspector revisa la rampa según las normas de accesibilidad y programa una reparación o reconstrucción.',
    },
    keywords: {
      en: ['curb ramp', 'ada', 'wheelchair', 'accessibility', 'handicap ramp', 'curb cut'],
      es: ['rampa', 'rampa de acera', 'silla de ruedas', 'accesibilidad', 'discapacidad'],
    },
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },
  {
    code: 'TRM-Street and Crosswalk Markings',
    agency: 'DOT',
    category: 'streets',
    popularity: 0,
    name: {
      en: 'Faded road or crosswalk markings',
      es: 'Marcas viales o cruces peatonales borrosos',
    },
    description: {
      en: 'Report crosswalks, stop lines, lane lines or bike lane markings that are faded or missing.',
      es: 'Reporte cruces peatonales, líneas de alto, líneas de carril o marcas de ciclovía borrosas o faltantes.',
    },
    expect: {
      en: 'The markings are inspected and added to the repainting schedule. Painting depends on dry, warm weather.',
      es: 'Se inspeccionan las marcas y se agregan al plan de repintado. La pintura depende de que el clima esté seco y templado.',
    },
    keywords: {
      en: ['crosswalk', 'road markings', 'faded lines', 'stop line', 'lane lines', 'paint'],
      es: ['cruce peatonal', 'paso de peatones', 'líneas borrosas', 'marcas viales', 'pintura'],
    },
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'MARKING_TYPE',
        datatype: 'singlevaluelist',
        required: true,
        description: {
          en: 'Which markings are faded?',
          es: '¿Qué marcas están borrosas?',
        },
        values: [
          { key: 'crosswalk', name: { en: 'Crosswalk', es: 'Cruce peatonal' } },
          { key: 'stop_line', name: { en: 'Stop line', es: 'Línea de alto' } },
          { key: 'lane_lines', name: { en: 'Lane lines', es: 'Líneas de carril' } },
          { key: 'bike_lane', name: { en: 'Bike lane', es: 'Ciclovía' } },
        ],
      },
    ],
  },

  // ---------------------------------------------------- Street lights and traffic signals
  {
    code: 'BGE-StLight(s) Out',
    agency: 'BGE',
    category: 'lights',
    popularity: 8,
    name: { en: 'Street light out', es: 'Farola apagada' },
    description: {
      en: 'Report a street light on a pole that is out, flickering or on during the day. If a wire is down or you smell gas, stay away and call 911.',
      es: 'Reporte una farola que esté apagada, parpadeando o encendida de día. Si hay un cable caído o huele a gas, aléjese y llame al 911.',
    },
    expect: {
      en: 'Your report is sent to BGE, which maintains most street lights in Baltimore. A BGE crew checks the light and replaces the bulb or repairs the wiring.',
      es: 'Su reporte se envía a BGE, que mantiene la mayoría de las farolas de Baltimore. Una cuadrilla de BGE revisa la luz y cambia el foco o repara el cableado.',
    },
    keywords: {
      en: [
        'street light',
        'light out',
        'streetlight',
        'street lamp',
        'lamp',
        'dark street',
        'flickering',
      ],
      es: [
        'luz',
        'farola',
        'poste de luz',
        'luz de la calle',
        'luz de la calle apagada',
        'lámpara de la calle',
        'alumbrado',
        'alumbrado público',
        'lámpara',
        'calle oscura',
      ],
    },
    target: { daysToClose: 4, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      POLE_NUMBER,
      {
        code: 'LIGHT_PROBLEM',
        datatype: 'singlevaluelist',
        required: true,
        description: { en: 'What is wrong with the light?', es: '¿Qué problema tiene la luz?' },
        values: [
          { key: 'out', name: { en: 'It is out', es: 'Está apagada' } },
          { key: 'flickering', name: { en: 'It is flickering', es: 'Está parpadeando' } },
          {
            key: 'day_burning',
            name: { en: 'It is on during the day', es: 'Está encendida de día' },
          },
        ],
      },
    ],
  },
  {
    code: 'TRM-Street Light Out',
    agency: 'DOT',
    category: 'lights',
    popularity: 0,
    name: { en: 'City-owned light out', es: 'Luz de la ciudad apagada' },
    description: {
      en: 'Report a city-owned light that is out, such as decorative pedestrian lights, lights in underpasses and lights on bridges. For regular street lights, use "Street light out".',
      es: 'Reporte una luz de la ciudad que esté apagada, como faroles decorativos peatonales, luces en pasos a desnivel y en puentes. Para farolas comunes, use "Farola apagada".',
    },
    expect: {
      en: 'A Transportation electrical crew checks the light and repairs it. If the light belongs to BGE, your request is passed to BGE.',
      es: 'Una cuadrilla eléctrica de Transporte revisa la luz y la repara. Si la luz es de BGE, su solicitud se pasa a BGE.',
    },
    keywords: {
      en: [
        'pedestrian light',
        'decorative light',
        'underpass light',
        'bridge light',
        'tunnel light',
        'lamp post',
      ],
      es: [
        'farol',
        'farol peatonal',
        'farol decorativo',
        'luz de puente',
        'luz del paso a desnivel',
        'luz del túnel',
      ],
    },
    target: { daysToClose: 5, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [POLE_NUMBER],
  },
  {
    code: 'TRM-StLight Damaged/Knocked Down/Rusted',
    agency: 'DOT',
    category: 'lights',
    popularity: 0,
    name: { en: 'Damaged light pole', es: 'Poste de luz dañado' },
    description: {
      en: 'Report a light pole that is knocked down, leaning or badly rusted. If wires are exposed or down, stay away and call 911.',
      es: 'Reporte un poste de luz caído, inclinado o muy oxidado. Si hay cables expuestos o caídos, aléjese y llame al 911.',
    },
    expect: {
      en: 'A crew makes the pole safe first, then schedules a repair or replacement.',
      es: 'Una cuadrilla primero asegura el poste y luego programa la reparación o el reemplazo.',
    },
    keywords: {
      en: ['light pole', 'knocked down pole', 'leaning pole', 'rusted pole', 'lamp post'],
      es: ['poste de luz', 'poste caído', 'poste inclinado', 'poste oxidado', 'farola caída'],
    },
    target: { daysToClose: 3, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      POLE_NUMBER,
      {
        code: 'POLE_CONDITION',
        datatype: 'singlevaluelist',
        required: true,
        description: { en: 'What is wrong with the pole?', es: '¿Qué problema tiene el poste?' },
        values: [
          { key: 'knocked_down', name: { en: 'Knocked down', es: 'Caído' } },
          { key: 'leaning', name: { en: 'Leaning', es: 'Inclinado' } },
          { key: 'rusted', name: { en: 'Rusted through', es: 'Muy oxidado' } },
        ],
      },
    ],
  },
  {
    code: 'TRT-Traffic Signal Repairs',
    agency: 'DOT',
    category: 'lights',
    popularity: 0,
    name: { en: 'Traffic signal not working', es: 'Semáforo descompuesto' },
    description: {
      en: 'Report a traffic or pedestrian signal that is dark, stuck, flashing or has a bulb out. If a signal is dark at a busy intersection, call 911.',
      es: 'Reporte un semáforo vehicular o peatonal apagado, trabado, intermitente o con un foco fundido. Si un semáforo está apagado en un cruce con mucho tráfico, llame al 911.',
    },
    expect: {
      en: 'A signal technician is sent to the intersection. Dark or stuck signals are treated as emergencies and fixed first.',
      es: 'Se envía un técnico de semáforos al cruce. Los semáforos apagados o trabados se tratan como emergencias y se reparan primero.',
    },
    keywords: {
      en: ['traffic light', 'traffic signal', 'signal out', 'stoplight', 'walk signal'],
      es: [
        'semáforo',
        'semáforo apagado',
        'semáforo no funciona',
        'semáforo no sirve',
        'luz de tráfico',
        'señal peatonal',
        'semáforo roto',
      ],
    },
    target: { daysToClose: 1, dayType: 'calendar', onTimeGoalPct: 95, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'SIGNAL_PROBLEM',
        datatype: 'singlevaluelist',
        required: true,
        description: {
          en: 'What is wrong with the signal?',
          es: '¿Qué problema tiene el semáforo?',
        },
        values: [
          { key: 'dark', name: { en: 'Completely dark', es: 'Totalmente apagado' } },
          { key: 'stuck', name: { en: 'Stuck on one color', es: 'Trabado en un color' } },
          { key: 'flashing', name: { en: 'Flashing', es: 'Intermitente' } },
          { key: 'bulb_out', name: { en: 'One light is out', es: 'Una luz está fundida' } },
          {
            key: 'pedestrian',
            name: { en: 'Walk signal or button broken', es: 'Señal o botón peatonal roto' },
          },
          { key: 'knocked_down', name: { en: 'Pole knocked down', es: 'Poste caído' } },
        ],
      },
      {
        code: 'DIRECTION_AFFECTED',
        datatype: 'string',
        required: false,
        description: {
          en: 'Which direction of traffic is affected?',
          es: '¿Qué dirección del tráfico está afectada?',
        },
        hint: {
          en: 'For example: northbound on Charles St.',
          es: 'Por ejemplo: hacia el norte en Charles St.',
        },
      },
    ],
  },
  {
    code: 'TRT-Signal Timing',
    agency: 'DOT',
    category: 'lights',
    popularity: 0,
    name: { en: 'Traffic signal timing', es: 'Tiempo del semáforo' },
    description: {
      en: 'Tell us about a signal that works but has a problem with its timing, such as a walk signal that is too short.',
      es: 'Cuéntenos sobre un semáforo que funciona pero tiene un problema de tiempo, por ejemplo, una señal peatonal demasiado corta.',
    },
    expect: {
      en: 'A traffic engineer reviews the intersection and may observe it at different times of day before changing the timing.',
      es: 'Un ingeniero de tránsito revisa el cruce y puede observarlo a distintas horas del día antes de cambiar los tiempos.',
    },
    keywords: {
      en: ['signal timing', 'long red light', 'short green', 'walk signal too short', 'traffic'],
      es: ['tiempo del semáforo', 'luz roja larga', 'verde muy corto', 'cruce peatonal corto'],
    },
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'TIMING_DETAILS',
        datatype: 'text',
        required: true,
        description: {
          en: 'What is the problem with the timing, and when does it happen?',
          es: '¿Cuál es el problema con el tiempo y cuándo ocurre?',
        },
        hint: {
          en: 'For example: the walk signal on the east side is too short during rush hour.',
          es: 'Por ejemplo: la señal peatonal del lado este es muy corta en la hora pico.',
        },
      },
    ],
  },

  // ------------------------------------------------------ Trash, recycling and bulk items
  {
    code: 'SW-Mixed Refuse',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 9,
    name: { en: 'Missed trash pickup', es: 'Basura no recogida' },
    description: {
      en: 'Report that your household trash was not collected on your scheduled day. Put it out by 6 a.m. on collection day before reporting.',
      es: 'Reporte que su basura no fue recogida el día programado. Sáquela antes de las 6 a.m. del día de recogida antes de reportar.',
    },
    expect: {
      en: 'Solid Waste checks the route record and sends a crew back to collect. Leave your trash out until it is picked up.',
      es: 'Residuos Sólidos revisa el registro de la ruta y envía una cuadrilla a recogerla. Deje su basura afuera hasta que la recojan.',
    },
    keywords: {
      en: [
        'trash',
        'missed trash',
        'garbage',
        'trash pickup',
        'trash not picked up',
        'garbage not picked up',
        'refuse',
        'trash collection',
      ],
      es: [
        'basura',
        'recogida de basura',
        'bote',
        'basura no recogida',
        'no recogieron la basura',
        'no pasó el camión de la basura',
        'desechos',
        'camión de basura',
      ],
    },
    target: { daysToClose: 2, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      SET_OUT_LOCATION,
      {
        code: 'MISSED_DATE',
        datatype: 'datetime',
        required: false,
        description: {
          en: 'What day was your trash supposed to be picked up?',
          es: '¿Qué día debían recoger su basura?',
        },
      },
    ],
  },
  {
    code: 'SW-Recycling',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 0,
    name: { en: 'Missed recycling pickup', es: 'Reciclaje no recogido' },
    description: {
      en: 'Report that your recycling was not collected on your scheduled day.',
      es: 'Reporte que su reciclaje no fue recogido el día programado.',
    },
    expect: {
      en: 'Solid Waste checks the recycling route and sends a crew back. Recycling mixed with trash or in plastic bags may be left behind.',
      es: 'Residuos Sólidos revisa la ruta de reciclaje y envía una cuadrilla. El reciclaje mezclado con basura o en bolsas de plástico puede quedarse sin recoger.',
    },
    keywords: {
      en: [
        'recycling',
        'missed recycling',
        'recycling not picked up',
        'recycle bin',
        'cans and bottles',
        'cardboard',
      ],
      es: [
        'reciclaje',
        'reciclaje no recogido',
        'no recogieron el reciclaje',
        'bote de reciclaje',
        'latas',
        'cartón',
      ],
    },
    target: { daysToClose: 2, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [SET_OUT_LOCATION],
  },
  {
    code: 'SW-Bulk Scheduled',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 5,
    name: { en: 'Bulk item pickup', es: 'Recogida de artículos grandes' },
    description: {
      en: 'Schedule a free pickup of large items such as furniture and mattresses from your home. For refrigerators, washers and other appliances, use "Appliance pickup".',
      es: 'Programe la recogida gratuita de artículos grandes como muebles y colchones de su casa. Para refrigeradores, lavadoras y otros electrodomésticos, use "Recogida de electrodomésticos".',
    },
    expect: {
      en: 'Solid Waste confirms your pickup day. Put the items out the night before where you normally put your trash.',
      es: 'Residuos Sólidos confirma el día de recogida. Saque los artículos la noche anterior donde normalmente pone la basura.',
    },
    keywords: {
      en: [
        'bulk',
        'bulk pickup',
        'bulk trash',
        'bulk trash pickup',
        'furniture',
        'mattress',
        'couch',
        'large items',
      ],
      es: ['artículos grandes', 'muebles', 'colchón', 'sofá', 'recogida especial', 'cosas grandes'],
    },
    target: { daysToClose: 10, dayType: 'business', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'ITEM_COUNT',
        datatype: 'number',
        required: true,
        description: { en: 'How many items?', es: '¿Cuántos artículos?' },
        hint: { en: 'At most 3 items per pickup.', es: 'Máximo 3 artículos por recogida.' },
      },
      {
        code: 'ITEM_TYPES',
        datatype: 'multivaluelist',
        required: true,
        description: { en: 'What are you putting out?', es: '¿Qué va a sacar?' },
        values: [
          { key: 'furniture', name: { en: 'Furniture', es: 'Muebles' } },
          { key: 'mattress', name: { en: 'Mattress or box spring', es: 'Colchón o base' } },
          { key: 'carpet', name: { en: 'Rolled carpet', es: 'Alfombra enrollada' } },
          { key: 'grill', name: { en: 'Grill', es: 'Parrilla' } },
          { key: 'other', name: { en: 'Other', es: 'Otro' } },
        ],
      },
    ],
  },
  {
    code: 'SW-Appliance (White Goods)',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 0,
    name: { en: 'Appliance pickup', es: 'Recogida de electrodomésticos' },
    description: {
      en: 'Schedule a pickup of a large appliance such as a refrigerator, washer, dryer or stove. Remove the doors from refrigerators and freezers.',
      es: 'Programe la recogida de un electrodoméstico grande como un refrigerador, lavadora, secadora o estufa. Quite las puertas de los refrigeradores y congeladores.',
    },
    expect: {
      en: 'Solid Waste confirms your pickup day. A special truck collects the appliance so it can be recycled safely.',
      es: 'Residuos Sólidos confirma el día de recogida. Un camión especial recoge el electrodoméstico para reciclarlo de forma segura.',
    },
    keywords: {
      en: ['appliance', 'refrigerator', 'fridge', 'washer', 'dryer', 'stove', 'white goods'],
      es: ['electrodoméstico', 'refrigerador', 'nevera', 'lavadora', 'secadora', 'estufa'],
    },
    target: { daysToClose: 10, dayType: 'business', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'APPLIANCE_TYPES',
        datatype: 'multivaluelist',
        required: true,
        description: { en: 'Which appliances?', es: '¿Qué electrodomésticos?' },
        values: [
          { key: 'refrigerator', name: { en: 'Refrigerator', es: 'Refrigerador' } },
          { key: 'freezer', name: { en: 'Freezer', es: 'Congelador' } },
          { key: 'washer', name: { en: 'Washer', es: 'Lavadora' } },
          { key: 'dryer', name: { en: 'Dryer', es: 'Secadora' } },
          { key: 'stove', name: { en: 'Stove', es: 'Estufa' } },
          { key: 'air_conditioner', name: { en: 'Air conditioner', es: 'Aire acondicionado' } },
          { key: 'water_heater', name: { en: 'Water heater', es: 'Calentador de agua' } },
        ],
      },
    ],
  },
  {
    code: 'SW-Municipal Trash Can Stolen/Lost',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 0,
    name: {
      en: 'City trash can stolen or lost',
      es: 'Bote de basura de la ciudad robado o perdido',
    },
    description: {
      en: 'Report that the city-issued trash can for your home is missing.',
      es: 'Reporte que falta el bote de basura que la ciudad le dio para su casa.',
    },
    expect: {
      en: 'Solid Waste checks the address records and delivers a replacement can.',
      es: 'Residuos Sólidos revisa los registros de la dirección y le entrega un bote nuevo.',
    },
    keywords: {
      en: ['trash can', 'stolen can', 'missing can', 'replacement can', 'garbage can'],
      es: ['bote de basura', 'bote robado', 'bote perdido', 'bote nuevo', 'zafacón', 'tacho'],
    },
    target: { daysToClose: 14, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'MISSING_SINCE',
        datatype: 'datetime',
        required: false,
        description: {
          en: 'When did you last see the can?',
          es: '¿Cuándo vio el bote por última vez?',
        },
      },
    ],
  },
  {
    code: 'SW-Public (Corner) Trash Can Issue',
    agency: 'DPW-SW',
    category: 'trash',
    popularity: 0,
    name: { en: 'Corner trash can problem', es: 'Problema con bote de basura de la esquina' },
    description: {
      en: 'Report a public trash can on a street corner that is overflowing, damaged or knocked over.',
      es: 'Reporte un bote de basura público en una esquina que esté desbordado, dañado o tumbado.',
    },
    expect: {
      en: 'A Solid Waste crew empties, rights or repairs the can. Damaged cans may be replaced.',
      es: 'Una cuadrilla de Residuos Sólidos vacía, levanta o repara el bote. Los botes dañados pueden reemplazarse.',
    },
    keywords: {
      en: ['corner can', 'public trash can', 'overflowing', 'litter basket', 'street can'],
      es: ['bote de la esquina', 'bote público', 'bote lleno', 'basurero', 'papelera'],
    },
    target: { daysToClose: 5, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'CAN_ISSUE',
        datatype: 'singlevaluelist',
        required: true,
        description: { en: 'What is wrong with the can?', es: '¿Qué problema tiene el bote?' },
        values: [
          { key: 'overflowing', name: { en: 'Overflowing', es: 'Desbordado' } },
          { key: 'damaged', name: { en: 'Damaged', es: 'Dañado' } },
          { key: 'knocked_over', name: { en: 'Knocked over', es: 'Tumbado' } },
        ],
      },
    ],
  },

  // ------------------------------------------ Dirty streets, alleys, dumping and graffiti
  {
    code: 'SW-Dirty Alley',
    agency: 'DPW-SW',
    category: 'cleanliness',
    popularity: 7,
    name: { en: 'Dirty alley', es: 'Callejón sucio' },
    description: {
      en: 'Report loose trash, bags or litter in an alley. For large piles of dumped items, use "Illegal dumping".',
      es: 'Reporte basura suelta, bolsas o desperdicios en un callejón. Para montones grandes de cosas tiradas, use "Basura tirada ilegalmente".',
    },
    expect: {
      en: 'A Solid Waste crew cleans the alley. If the trash comes from a nearby property, the owner may be cited.',
      es: 'Una cuadrilla de Residuos Sólidos limpia el callejón. Si la basura viene de una propiedad cercana, el dueño puede recibir una multa.',
    },
    keywords: {
      en: ['dirty alley', 'alley', 'trash in alley', 'litter', 'alley cleaning', 'garbage'],
      es: ['callejón sucio', 'callejón', 'basura en el callejón', 'limpieza', 'desperdicios'],
    },
    target: { daysToClose: 7, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [],
  },
  {
    code: 'SW-Dirty Street',
    agency: 'DPW-SW',
    category: 'cleanliness',
    popularity: 0,
    name: { en: 'Dirty street', es: 'Calle sucia' },
    description: {
      en: 'Report litter and loose trash along a street, gutter or sidewalk.',
      es: 'Reporte basura suelta y desperdicios en una calle, cuneta o acera.',
    },
    expect: {
      en: 'A Solid Waste crew cleans the street by hand or with a sweeper.',
      es: 'Una cuadrilla de Residuos Sólidos limpia la calle a mano o con una barredora.',
    },
    keywords: {
      en: ['dirty street', 'litter', 'street cleaning', 'trash on street', 'sweeping'],
      es: ['calle sucia', 'basura en la calle', 'limpieza de calles', 'barrido', 'desperdicios'],
    },
    target: { daysToClose: 7, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [],
  },
  {
    code: 'SW-Graffiti Removal',
    agency: 'DPW-SW',
    category: 'cleanliness',
    popularity: 0,
    name: { en: 'Graffiti', es: 'Grafiti' },
    description: {
      en: 'Report graffiti on buildings, fences, walls, signs or other surfaces. Removal from homes and businesses is free.',
      es: 'Reporte grafiti en edificios, cercas, paredes, señales u otras superficies. La limpieza en casas y negocios es gratuita.',
    },
    expect: {
      en: 'A graffiti crew removes or paints over it. Offensive or hateful graffiti is removed first.',
      es: 'Una cuadrilla de grafiti lo quita o lo cubre con pintura. El grafiti ofensivo o de odio se quita primero.',
    },
    keywords: {
      en: ['graffiti', 'tagging', 'spray paint', 'vandalism', 'writing on wall'],
      es: ['grafiti', 'pintadas', 'rayones', 'vandalismo', 'pintura en la pared'],
    },
    target: { daysToClose: 10, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'GRAFFITI_SURFACE',
        datatype: 'singlevaluelist',
        required: true,
        description: { en: 'What is the graffiti on?', es: '¿Sobre qué está el grafiti?' },
        values: [
          { key: 'building', name: { en: 'Building wall', es: 'Pared de edificio' } },
          { key: 'fence', name: { en: 'Fence', es: 'Cerca' } },
          { key: 'ground', name: { en: 'Sidewalk or street', es: 'Acera o calle' } },
          { key: 'pole_box', name: { en: 'Pole or utility box', es: 'Poste o caja de servicios' } },
          { key: 'sign', name: { en: 'Sign', es: 'Señal' } },
          { key: 'other', name: { en: 'Other', es: 'Otro' } },
        ],
      },
      {
        code: 'OFFENSIVE',
        datatype: 'singlevaluelist',
        required: false,
        description: {
          en: 'Is it offensive or hateful?',
          es: '¿Es ofensivo o de odio?',
        },
        values: YES_NO,
      },
    ],
  },
  {
    code: 'HCD-Illegal Dumping',
    agency: 'HCD',
    category: 'cleanliness',
    popularity: 6,
    name: { en: 'Illegal dumping', es: 'Basura tirada ilegalmente' },
    description: {
      en: 'Report piles of trash, tires, furniture or construction debris dumped on a street, alley or lot. If you see dumping happening, do not approach; note what you can safely see.',
      es: 'Reporte montones de basura, llantas, muebles o escombros de construcción tirados en una calle, callejón o terreno. Si ve a alguien tirando basura, no se acerque; anote lo que pueda ver sin riesgo.',
    },
    expect: {
      en: 'A Housing inspector investigates and may issue a citation. The dumped material is then scheduled for removal.',
      es: 'Un inspector de Vivienda investiga y puede emitir una multa. Después se programa el retiro de lo tirado.',
    },
    keywords: {
      en: ['illegal dumping', 'dumping', 'dumped trash', 'tires', 'debris', 'trash pile'],
      es: [
        'basura tirada',
        'tiradero',
        'vertedero ilegal',
        'llantas',
        'escombros',
        'montón de basura',
      ],
    },
    target: { daysToClose: 10, dayType: 'calendar', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'DUMPED_ITEMS',
        datatype: 'multivaluelist',
        required: true,
        description: { en: 'What was dumped?', es: '¿Qué tiraron?' },
        values: [
          { key: 'tires', name: { en: 'Tires', es: 'Llantas' } },
          { key: 'furniture', name: { en: 'Furniture', es: 'Muebles' } },
          {
            key: 'construction_debris',
            name: { en: 'Construction debris', es: 'Escombros de construcción' },
          },
          { key: 'household_trash', name: { en: 'Household trash', es: 'Basura de casa' } },
          { key: 'appliances', name: { en: 'Appliances', es: 'Electrodomésticos' } },
          { key: 'other', name: { en: 'Other', es: 'Otro' } },
        ],
      },
      {
        code: 'DUMPED_AT',
        datatype: 'datetime',
        required: false,
        description: {
          en: 'When was it dumped, if you know?',
          es: '¿Cuándo lo tiraron, si lo sabe?',
        },
      },
      {
        code: 'DUMPER_VEHICLE',
        datatype: 'string',
        required: false,
        description: {
          en: 'Did you see a vehicle? Describe it.',
          es: '¿Vio un vehículo? Descríbalo.',
        },
        hint: {
          en: 'Color, type and license plate, if you saw them.',
          es: 'Color, tipo y placa, si los vio.',
        },
      },
    ],
  },

  // --------------------------------------------------------- Water, sewer and storm drains
  {
    code: 'WW-Water Leak (Exterior)',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 3,
    name: { en: 'Water leak outside', es: 'Fuga de agua afuera' },
    description: {
      en: 'Report clean water leaking or bubbling up from a street, sidewalk, yard or water meter cover. If a water main break is flooding the street, call 311 right away; if anyone is in danger, call 911.',
      es: 'Reporte agua limpia que sale o brota de la calle, la acera, un patio o la tapa del medidor. Si una tubería principal rota está inundando la calle, llame al 311 de inmediato; si alguien está en peligro, llame al 911.',
    },
    expect: {
      en: 'A water crew inspects the leak and finds its source. If it is on the city side, a repair is scheduled; the street may be dug up and patched afterward.',
      es: 'Una cuadrilla de agua inspecciona la fuga y busca el origen. Si es del lado de la ciudad, se programa la reparación; puede que se excave la calle y luego se repare.',
    },
    keywords: {
      en: ['water leak', 'leak', 'water main', 'running water', 'broken pipe', 'flooding'],
      es: ['fuga de agua', 'fuga', 'tubería rota', 'agua corriendo', 'salidero', 'inundación'],
    },
    target: { daysToClose: 5, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'LEAK_SEEN_AT',
        datatype: 'datetime',
        required: false,
        description: {
          en: 'When did you first notice it?',
          es: '¿Cuándo lo notó por primera vez?',
        },
      },
      {
        code: 'LEAK_SIZE',
        datatype: 'singlevaluelist',
        required: true,
        description: { en: 'How much water is coming out?', es: '¿Cuánta agua está saliendo?' },
        values: [
          { key: 'damp', name: { en: 'Wet spot or puddle', es: 'Mancha húmeda o charco' } },
          { key: 'trickle', name: { en: 'Small trickle', es: 'Un chorrito' } },
          { key: 'stream', name: { en: 'Steady stream', es: 'Un chorro constante' } },
          { key: 'gushing', name: { en: 'Gushing or flooding', es: 'Brota con fuerza o inunda' } },
        ],
      },
      {
        code: 'LEAK_LOCATION',
        datatype: 'singlevaluelist',
        required: false,
        description: { en: 'Where is the water coming from?', es: '¿De dónde sale el agua?' },
        values: [
          { key: 'street', name: { en: 'Street', es: 'Calle' } },
          { key: 'sidewalk', name: { en: 'Sidewalk', es: 'Acera' } },
          { key: 'meter', name: { en: 'Water meter cover', es: 'Tapa del medidor' } },
          { key: 'yard', name: { en: 'Yard or grass', es: 'Patio o césped' } },
        ],
      },
    ],
  },
  {
    code: 'WW-Storm Inlet Choke',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 0,
    name: { en: 'Clogged storm drain', es: 'Desagüe pluvial tapado' },
    description: {
      en: 'Report a storm drain at the curb that is blocked by leaves, trash or dirt so rain water cannot drain.',
      es: 'Reporte un desagüe pluvial junto al bordillo que esté tapado con hojas, basura o tierra y no deje pasar el agua de lluvia.',
    },
    expect: {
      en: 'A storm drain crew clears the inlet. If it is damaged, a repair is scheduled.',
      es: 'Una cuadrilla de desagües limpia la entrada. Si está dañada, se programa una reparación.',
    },
    keywords: {
      en: [
        'storm drain',
        'clogged drain',
        'inlet',
        'catch basin',
        'street flooding',
        'flooded street',
        'gutter',
      ],
      es: ['desagüe', 'alcantarilla', 'coladera', 'drenaje tapado', 'calle inundada', 'tragante'],
    },
    target: { daysToClose: 7, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'STREET_FLOODING',
        datatype: 'singlevaluelist',
        required: true,
        description: {
          en: 'Is the street flooding because of it?',
          es: '¿Se está inundando la calle por esto?',
        },
        values: YES_NO,
      },
      {
        code: 'BLOCKED_BY',
        datatype: 'multivaluelist',
        required: false,
        description: { en: 'What is blocking it?', es: '¿Qué lo está tapando?' },
        values: [
          { key: 'leaves', name: { en: 'Leaves', es: 'Hojas' } },
          { key: 'trash', name: { en: 'Trash', es: 'Basura' } },
          { key: 'dirt', name: { en: 'Dirt or gravel', es: 'Tierra o grava' } },
          { key: 'not_sure', name: { en: 'Not sure', es: 'No estoy seguro' } },
        ],
      },
    ],
  },
  {
    code: 'WW-Hydrant Leaking',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 0,
    name: { en: 'Leaking fire hydrant', es: 'Hidrante con fuga' },
    description: {
      en: 'Report a fire hydrant that is dripping or leaking water. For a hydrant that is wide open, call 311 right away.',
      es: 'Reporte un hidrante que gotea o tiene fuga de agua. Si el hidrante está completamente abierto, llame al 311 de inmediato.',
    },
    expect: {
      en: 'A water crew inspects the hydrant and repairs or replaces the broken parts.',
      es: 'Una cuadrilla de agua inspecciona el hidrante y repara o reemplaza las piezas dañadas.',
    },
    keywords: {
      en: ['hydrant', 'fire hydrant', 'leaking hydrant', 'fire plug', 'water leak'],
      es: ['hidrante', 'boca de incendio', 'hidrante con fuga', 'toma de agua', 'fuga'],
    },
    target: { daysToClose: 7, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [],
  },
  {
    code: 'WW-Sewer Overflow',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 0,
    name: { en: 'Sewer overflow', es: 'Desborde de aguas negras' },
    description: {
      en: 'Report sewage coming out of a manhole, cleanout or pipe onto a street, yard or stream. Stay away from the sewage.',
      es: 'Reporte aguas negras que salen de una alcantarilla, registro o tubería hacia una calle, patio o arroyo. Manténgase lejos de las aguas negras.',
    },
    expect: {
      en: 'An emergency sewer crew is sent to stop the overflow and clear the blockage. The area is then cleaned and disinfected.',
      es: 'Se envía una cuadrilla de emergencia de alcantarillado para detener el desborde y destapar la tubería. Luego se limpia y desinfecta el área.',
    },
    keywords: {
      en: ['sewer', 'sewage', 'sewer overflow', 'manhole', 'sewer smell', 'backup'],
      es: ['aguas negras', 'drenaje', 'alcantarillado', 'desborde', 'mal olor', 'registro'],
    },
    target: { daysToClose: 1, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'OVERFLOW_LOCATION',
        datatype: 'singlevaluelist',
        required: true,
        description: {
          en: 'Where is the sewage coming out?',
          es: '¿Por dónde están saliendo las aguas negras?',
        },
        values: [
          { key: 'manhole', name: { en: 'Manhole in the street', es: 'Alcantarilla en la calle' } },
          { key: 'yard', name: { en: 'Yard or cleanout', es: 'Patio o registro' } },
          { key: 'alley', name: { en: 'Alley', es: 'Callejón' } },
          { key: 'stream', name: { en: 'Stream or creek', es: 'Arroyo o quebrada' } },
        ],
      },
    ],
  },
  {
    code: 'WW-Sewer Water In Basement',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 0,
    name: { en: 'Sewage in basement', es: 'Aguas negras en el sótano' },
    description: {
      en: 'Report sewage backing up into your basement through a floor drain, toilet or sink. For clean water coming in after rain, describe it in the report.',
      es: 'Reporte aguas negras que suben a su sótano por un desagüe del piso, inodoro o lavabo. Si es agua limpia que entra después de la lluvia, descríbalo en el reporte.',
    },
    expect: {
      en: 'A sewer crew checks the city sewer line outside your home. If the city line is clear, you may need a plumber for the pipe on your property.',
      es: 'Una cuadrilla revisa la línea de alcantarillado de la ciudad afuera de su casa. Si la línea de la ciudad está libre, puede que necesite un plomero para la tubería de su propiedad.',
    },
    keywords: {
      en: ['sewage backup', 'basement', 'sewer backup', 'floor drain', 'flooded basement'],
      es: ['aguas negras', 'sótano', 'sótano inundado', 'drenaje', 'desagüe del piso'],
    },
    target: { daysToClose: 1, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 75 },
    attributes: [],
  },
  {
    code: 'WW-Water Discolored',
    agency: 'DPW-WW',
    category: 'water',
    popularity: 0,
    name: { en: 'Discolored tap water', es: 'Agua de la llave con color' },
    description: {
      en: 'Report tap water that is brown, yellow or cloudy. Run cold water for a few minutes first to see if it clears.',
      es: 'Reporte agua de la llave de color café, amarillo o turbio. Primero deje correr el agua fría unos minutos para ver si se aclara.',
    },
    expect: {
      en: 'Water staff check for nearby main work or hydrant use and may flush the line or test your water.',
      es: 'El personal de agua revisa si hay trabajos en tuberías o uso de hidrantes cerca y puede purgar la línea o analizar su agua.',
    },
    keywords: {
      en: ['brown water', 'discolored water', 'dirty water', 'cloudy water', 'rusty water'],
      es: ['agua café', 'agua sucia', 'agua turbia', 'agua amarilla', 'agua con óxido'],
    },
    target: { daysToClose: 2, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'WATER_COLOR',
        datatype: 'singlevaluelist',
        required: true,
        description: { en: 'What does the water look like?', es: '¿Cómo se ve el agua?' },
        values: [
          { key: 'brown', name: { en: 'Brown or rusty', es: 'Café u oxidada' } },
          { key: 'yellow', name: { en: 'Yellow', es: 'Amarilla' } },
          { key: 'cloudy', name: { en: 'Cloudy or milky', es: 'Turbia o blanca' } },
          { key: 'particles', name: { en: 'Has specks in it', es: 'Tiene partículas' } },
        ],
      },
      {
        code: 'ALL_TAPS',
        datatype: 'singlevaluelist',
        required: false,
        description: {
          en: 'Is it coming from every tap in your home?',
          es: '¿Sale así de todas las llaves de su casa?',
        },
        values: YES_NO_NOT_SURE,
      },
    ],
  },

  // -------------------------------------------------------------------- Trees and parks
  {
    code: 'FOR-Down Tree',
    agency: 'FOR',
    category: 'trees-parks',
    popularity: 0,
    name: { en: 'Fallen tree', es: 'Árbol caído' },
    description: {
      en: 'Report a whole tree that has fallen on a street, sidewalk, alley or property. If it is touching power lines, stay away and call 911.',
      es: 'Reporte un árbol entero que se cayó en una calle, acera, callejón o propiedad. Si está tocando cables eléctricos, aléjese y llame al 911.',
    },
    expect: {
      en: 'A Forestry crew clears the tree from the street or sidewalk first, then returns to remove the rest and the stump.',
      es: 'Una cuadrilla Forestal primero despeja el árbol de la calle o la acera y luego regresa a retirar el resto y el tocón.',
    },
    keywords: {
      en: ['fallen tree', 'tree down', 'down tree', 'tree fell', 'tree blocking', 'storm damage'],
      es: [
        'árbol caído',
        'árbol',
        'se cayó un árbol',
        'árbol bloqueando',
        'daño por tormenta',
        'tronco',
      ],
    },
    target: { daysToClose: 3, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'TREE_BLOCKING',
        datatype: 'multivaluelist',
        required: true,
        description: { en: 'What is the tree blocking?', es: '¿Qué está bloqueando el árbol?' },
        hint: {
          en: 'If it is on power lines, call 911 instead.',
          es: 'Si está sobre cables eléctricos, llame al 911.',
        },
        values: [
          { key: 'street', name: { en: 'Street', es: 'Calle' } },
          { key: 'sidewalk', name: { en: 'Sidewalk', es: 'Acera' } },
          { key: 'alley', name: { en: 'Alley', es: 'Callejón' } },
          { key: 'building_car', name: { en: 'A house or car', es: 'Una casa o un auto' } },
          { key: 'nothing', name: { en: 'Nothing', es: 'Nada' } },
        ],
      },
    ],
  },
  {
    code: 'FOR-Fallen Limb',
    agency: 'FOR',
    category: 'trees-parks',
    popularity: 0,
    name: { en: 'Fallen tree branch', es: 'Rama caída' },
    description: {
      en: 'Report a branch from a street or park tree that has fallen. For a branch still hanging in the tree, use "Tree inspection".',
      es: 'Reporte una rama caída de un árbol de la calle o de un parque. Para una rama que sigue colgando del árbol, use "Inspección de árbol".',
    },
    expect: {
      en: 'A Forestry crew picks up the branch and checks the tree for other damage.',
      es: 'Una cuadrilla Forestal recoge la rama y revisa si el árbol tiene otros daños.',
    },
    keywords: {
      en: ['branch', 'branches down', 'fallen limb', 'tree limb', 'broken branch', 'storm damage'],
      es: ['rama', 'rama caída', 'rama rota', 'daño por tormenta', 'gajo'],
    },
    target: { daysToClose: 5, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'LIMB_SIZE',
        datatype: 'singlevaluelist',
        required: false,
        description: { en: 'How big is the branch?', es: '¿De qué tamaño es la rama?' },
        values: [
          { key: 'small', name: { en: 'Thinner than an arm', es: 'Más delgada que un brazo' } },
          { key: 'medium', name: { en: 'About as thick as a leg', es: 'Gruesa como una pierna' } },
          { key: 'large', name: { en: 'Thicker than a leg', es: 'Más gruesa que una pierna' } },
        ],
      },
    ],
  },
  {
    code: 'FOR-Tree Inspection',
    agency: 'FOR',
    category: 'trees-parks',
    popularity: 0,
    name: { en: 'Tree inspection', es: 'Inspección de árbol' },
    description: {
      en: 'Ask Forestry to check a street or park tree that looks dead, dying, leaning or has hanging branches.',
      es: 'Pida a la División Forestal que revise un árbol de la calle o de un parque que parezca muerto, enfermo, inclinado o con ramas colgando.',
    },
    expect: {
      en: 'A city arborist inspects the tree and decides whether it needs pruning, removal or no work. Any work is then scheduled by priority.',
      es: 'Un arbolista de la ciudad inspecciona el árbol y decide si necesita poda, retiro o ningún trabajo. Luego el trabajo se programa según la prioridad.',
    },
    keywords: {
      en: ['tree', 'dead tree', 'tree trimming', 'pruning', 'leaning tree', 'arborist'],
      es: ['árbol', 'árbol muerto', 'poda', 'podar árbol', 'árbol inclinado', 'ramas'],
    },
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'TREE_CONCERN',
        datatype: 'singlevaluelist',
        required: true,
        description: { en: 'What is the concern?', es: '¿Cuál es el problema?' },
        values: [
          { key: 'dead', name: { en: 'Dead or dying', es: 'Muerto o enfermo' } },
          { key: 'leaning', name: { en: 'Leaning', es: 'Inclinado' } },
          { key: 'hanging_limb', name: { en: 'Hanging branch', es: 'Rama colgando' } },
          { key: 'blocking', name: { en: 'Blocking a light or sign', es: 'Tapa una luz o señal' } },
          { key: 'low_branches', name: { en: 'Low branches', es: 'Ramas bajas' } },
          { key: 'other', name: { en: 'Other', es: 'Otro' } },
        ],
      },
    ],
  },
  {
    code: 'RP-Park Maintenance',
    agency: 'BCRP',
    category: 'trees-parks',
    popularity: 0,
    name: { en: 'Park maintenance', es: 'Mantenimiento de parques' },
    description: {
      en: 'Report a problem in a city park such as trash, broken benches, damaged paths or overgrown grass.',
      es: 'Reporte un problema en un parque de la ciudad como basura, bancas rotas, caminos dañados o pasto crecido.',
    },
    expect: {
      en: 'Recreation and Parks staff inspect the problem and send a maintenance crew.',
      es: 'El personal de Recreación y Parques inspecciona el problema y envía una cuadrilla de mantenimiento.',
    },
    keywords: {
      en: ['park', 'park maintenance', 'bench', 'grass', 'park trash', 'path'],
      es: ['parque', 'mantenimiento', 'banca', 'pasto', 'basura en el parque', 'sendero'],
    },
    target: { daysToClose: 10, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      PARK_NAME,
      {
        code: 'PARK_ISSUE',
        datatype: 'singlevaluelist',
        required: true,
        description: { en: 'What is the problem?', es: '¿Cuál es el problema?' },
        values: [
          { key: 'trash', name: { en: 'Trash or litter', es: 'Basura' } },
          { key: 'grass', name: { en: 'Overgrown grass', es: 'Pasto crecido' } },
          { key: 'bench', name: { en: 'Broken bench or table', es: 'Banca o mesa rota' } },
          { key: 'path', name: { en: 'Damaged path', es: 'Camino dañado' } },
          { key: 'lights', name: { en: 'Park lights', es: 'Luces del parque' } },
          { key: 'other', name: { en: 'Other', es: 'Otro' } },
        ],
      },
    ],
  },
  {
    code: 'RP-Playgrounds',
    agency: 'BCRP',
    category: 'trees-parks',
    popularity: 0,
    name: { en: 'Playground problem', es: 'Problema en un área de juegos' },
    description: {
      en: 'Report broken or unsafe equipment at a city playground. If a child is hurt, call 911.',
      es: 'Reporte juegos rotos o peligrosos en un área de juegos de la ciudad. Si un niño está herido, llame al 911.',
    },
    expect: {
      en: 'A certified playground inspector checks the equipment. Unsafe equipment is closed off until it is repaired.',
      es: 'Un inspector certificado revisa los juegos. Los juegos peligrosos se cierran hasta que se reparan.',
    },
    keywords: {
      en: ['playground', 'swing', 'slide', 'play equipment', 'tot lot'],
      es: ['área de juegos', 'parque infantil', 'columpio', 'resbaladilla', 'tobogán', 'juegos'],
    },
    target: { daysToClose: 10, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      PARK_NAME,
      {
        code: 'EQUIPMENT_PROBLEM',
        datatype: 'text',
        required: false,
        description: {
          en: 'What equipment is broken, and how?',
          es: '¿Qué juego está roto y cómo?',
        },
      },
    ],
  },

  // --------------------------------------------------------------- Housing and property
  {
    code: 'HCD-Vacant Building',
    agency: 'HCD',
    category: 'housing',
    popularity: 0,
    name: { en: 'Vacant or open building', es: 'Edificio abandonado o abierto' },
    description: {
      en: 'Report a vacant building that is open to entry, unsafe or not boarded. If someone is inside and you feel unsafe, call 911.',
      es: 'Reporte un edificio desocupado que esté abierto, sea peligroso o no esté tapiado. Si hay alguien adentro y se siente inseguro, llame al 911.',
    },
    expect: {
      en: 'A Housing inspector visits the property. The owner may be cited, and open buildings are scheduled to be cleaned and boarded.',
      es: 'Un inspector de Vivienda visita la propiedad. El dueño puede recibir una multa y los edificios abiertos se programan para limpiarse y tapiarse.',
    },
    keywords: {
      en: ['vacant', 'vacant house', 'abandoned house', 'boarded', 'open building', 'squatters'],
      es: ['casa abandonada', 'edificio vacío', 'desocupado', 'tapiado', 'casa abierta'],
    },
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'BUILDING_OPEN',
        datatype: 'singlevaluelist',
        required: true,
        description: {
          en: 'Is the building open (doors or windows missing or broken)?',
          es: '¿Está abierto el edificio (faltan o están rotas puertas o ventanas)?',
        },
        values: YES_NO_NOT_SURE,
      },
    ],
  },
  {
    code: 'HCD-Sanitation Property',
    agency: 'HCD',
    category: 'housing',
    popularity: 0,
    name: { en: 'Property with trash or tall grass', es: 'Propiedad con basura o hierba alta' },
    description: {
      en: 'Report a private yard or lot with trash, junk, tall grass or weeds. For dumping on public streets or alleys, use "Illegal dumping".',
      es: 'Reporte un patio o terreno privado con basura, cachivaches, hierba alta o maleza. Para basura tirada en calles o callejones públicos, use "Basura tirada ilegalmente".',
    },
    expect: {
      en: 'A Housing inspector visits and may give the owner a notice to clean up. If the owner does not act, the city may clean the property and bill the owner.',
      es: 'Un inspector de Vivienda visita y puede darle al dueño un aviso para limpiar. Si el dueño no lo hace, la ciudad puede limpiar la propiedad y cobrarle.',
    },
    keywords: {
      en: ['dirty yard', 'tall grass', 'weeds', 'overgrown lot', 'junk', 'sanitation'],
      es: ['patio sucio', 'hierba alta', 'maleza', 'lote baldío', 'basura en el patio', 'monte'],
    },
    target: { daysToClose: 10, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'PROPERTY_PROBLEM',
        datatype: 'multivaluelist',
        required: true,
        description: {
          en: 'What is the problem on the property?',
          es: '¿Qué problema hay en la propiedad?',
        },
        values: [
          { key: 'trash', name: { en: 'Trash or junk', es: 'Basura o cachivaches' } },
          { key: 'tall_grass', name: { en: 'Tall grass or weeds', es: 'Hierba alta o maleza' } },
          {
            key: 'bulk_items',
            name: { en: 'Furniture or large items', es: 'Muebles o cosas grandes' },
          },
          { key: 'animal_waste', name: { en: 'Animal waste', es: 'Excremento de animales' } },
        ],
      },
    ],
  },
  {
    code: 'HCD-Maintenance Structure',
    agency: 'HCD',
    category: 'housing',
    popularity: 0,
    name: { en: 'Building in poor repair', es: 'Edificio en mal estado' },
    description: {
      en: 'Report the outside of a building that is in poor repair, such as a damaged roof, loose bricks, broken steps or falling gutters.',
      es: 'Reporte el exterior de un edificio en mal estado, como techo dañado, ladrillos sueltos, escalones rotos o canaletas caídas.',
    },
    expect: {
      en: 'A Housing inspector checks the building and can order the owner to make repairs. Dangerous conditions are handled first.',
      es: 'Un inspector de Vivienda revisa el edificio y puede ordenar al dueño que haga reparaciones. Las condiciones peligrosas se atienden primero.',
    },
    keywords: {
      en: ['building repair', 'roof', 'loose bricks', 'unsafe building', 'code violation'],
      es: [
        'edificio en mal estado',
        'techo',
        'ladrillos sueltos',
        'edificio peligroso',
        'violación',
      ],
    },
    target: { daysToClose: 30, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },

  // --------------------------------------------------------------- Parking and vehicles
  {
    code: 'TRS-Abandoned Vehicle',
    agency: 'DOT',
    category: 'vehicles',
    popularity: 0,
    name: { en: 'Abandoned vehicle', es: 'Vehículo abandonado' },
    description: {
      en: 'Report a vehicle left on a public street that has not moved for a long time, has no plates or is wrecked.',
      es: 'Reporte un vehículo dejado en una calle pública que no se ha movido en mucho tiempo, no tiene placas o está destrozado.',
    },
    expect: {
      en: 'A parking enforcement officer checks the vehicle and tags it with a warning. If it is not moved, it is towed.',
      es: 'Un agente de control de estacionamiento revisa el vehículo y le pone un aviso. Si no lo mueven, se lo lleva la grúa.',
    },
    keywords: {
      en: ['abandoned car', 'abandoned vehicle', 'junk car', 'no plates', 'tow'],
      es: ['carro abandonado', 'auto abandonado', 'vehículo abandonado', 'sin placas', 'grúa'],
    },
    target: { daysToClose: 10, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'VEHICLE_MAKE',
        datatype: 'string',
        required: true,
        description: { en: 'What make is the vehicle?', es: '¿De qué marca es el vehículo?' },
        hint: { en: 'For example: Honda, Ford.', es: 'Por ejemplo: Honda, Ford.' },
      },
      {
        code: 'VEHICLE_COLOR',
        datatype: 'string',
        required: false,
        description: { en: 'What color is it?', es: '¿De qué color es?' },
      },
      LICENSE_PLATE,
      {
        // Choices, not a number: residents know "about two weeks", not a count of days.
        code: 'DAYS_PARKED',
        datatype: 'singlevaluelist',
        required: false,
        description: {
          en: 'About how long has it been there?',
          es: '¿Cuánto tiempo lleva ahí, más o menos?',
        },
        values: [
          { key: 'under_3_days', name: { en: 'Less than 3 days', es: 'Menos de 3 días' } },
          { key: '3_to_7_days', name: { en: '3 to 7 days', es: 'De 3 a 7 días' } },
          { key: '1_to_2_weeks', name: { en: '1 to 2 weeks', es: 'De 1 a 2 semanas' } },
          { key: 'over_2_weeks', name: { en: 'More than 2 weeks', es: 'Más de 2 semanas' } },
        ],
      },
    ],
  },
  {
    code: 'TRS-Parking Complaint',
    agency: 'DOT',
    category: 'vehicles',
    popularity: 0,
    name: { en: 'Illegally parked vehicle', es: 'Vehículo mal estacionado' },
    description: {
      en: 'Report a vehicle blocking a driveway, hydrant, crosswalk or bus stop, or parked illegally in another way.',
      es: 'Reporte un vehículo que bloquea una entrada de cochera, hidrante, cruce peatonal o parada de autobús, o que está mal estacionado de otra forma.',
    },
    expect: {
      en: 'A parking enforcement officer is sent to check the vehicle and may ticket or tow it.',
      es: 'Se envía un agente de control de estacionamiento a revisar el vehículo y puede multarlo o llamar a la grúa.',
    },
    keywords: {
      en: ['parking', 'blocked driveway', 'illegal parking', 'double parked', 'ticket', 'tow'],
      es: [
        'estacionamiento',
        'cochera bloqueada',
        'mal estacionado',
        'doble fila',
        'multa',
        'grúa',
      ],
    },
    target: { daysToClose: 1, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 70 },
    attributes: [
      {
        code: 'PARKING_PROBLEM',
        datatype: 'singlevaluelist',
        required: true,
        description: {
          en: 'How is the vehicle parked?',
          es: '¿Cómo está estacionado el vehículo?',
        },
        values: [
          { key: 'driveway', name: { en: 'Blocking a driveway', es: 'Bloquea una cochera' } },
          { key: 'hydrant', name: { en: 'Next to a hydrant', es: 'Junto a un hidrante' } },
          { key: 'crosswalk', name: { en: 'In a crosswalk', es: 'En un cruce peatonal' } },
          { key: 'bus_stop', name: { en: 'In a bus stop', es: 'En una parada de autobús' } },
          { key: 'double_parked', name: { en: 'Double parked', es: 'En doble fila' } },
          {
            key: 'accessible_space',
            name: {
              en: 'In an accessible space without a permit',
              es: 'En un espacio para discapacitados sin permiso',
            },
          },
          { key: 'other', name: { en: 'Other', es: 'Otro' } },
        ],
      },
      LICENSE_PLATE,
    ],
  },

  // ---------------------------------------------------------- Rats, animals and health
  {
    code: 'SW-Rat Rubout',
    agency: 'DPW-SW',
    category: 'animals-health',
    popularity: 4,
    name: { en: 'Rats', es: 'Ratas' },
    description: {
      en: 'Ask for free rat treatment outside your home or in an alley where you see rats or burrows.',
      es: 'Pida un tratamiento gratuito contra ratas afuera de su casa o en un callejón donde vea ratas o madrigueras.',
    },
    expect: {
      en: 'A Rat Rubout crew inspects the yard or alley and treats the burrows with bait. They may return to check the burrows and treat again.',
      es: 'Una cuadrilla de control de ratas inspecciona el patio o el callejón y pone veneno en las madrigueras. Pueden regresar a revisar y tratar de nuevo.',
    },
    keywords: {
      en: ['rats', 'rat', 'rodents', 'burrows', 'mice', 'pest control', 'extermination'],
      es: [
        'ratas',
        'rata',
        'ratones',
        'roedores',
        'madrigueras',
        'control de plagas',
        'fumigación',
      ],
    },
    target: { daysToClose: 14, dayType: 'calendar', onTimeGoalPct: 85, satisfactionGoalPct: 75 },
    attributes: [
      {
        code: 'RAT_SIGNS',
        datatype: 'text',
        required: false,
        description: {
          en: 'Where have you seen rats or burrows?',
          es: '¿Dónde ha visto ratas o madrigueras?',
        },
        hint: {
          en: 'For example: holes in the back yard near the fence.',
          es: 'Por ejemplo: hoyos en el patio de atrás cerca de la cerca.',
        },
      },
      {
        code: 'YARD_ACCESS',
        datatype: 'singlevaluelist',
        required: false,
        description: {
          en: 'Can the crew get into the yard without you there?',
          es: '¿Puede entrar la cuadrilla al patio sin que usted esté?',
        },
        values: YES_NO_NOT_SURE,
      },
    ],
  },
  {
    code: 'HCD-Rodents',
    agency: 'HCD',
    category: 'animals-health',
    popularity: 0,
    name: { en: 'Rats at a neglected property', es: 'Ratas en una propiedad descuidada' },
    description: {
      en: 'Report a nearby property whose conditions, like trash or food waste, are attracting rats. To get rats treated at your own home, use "Rats".',
      es: 'Reporte una propiedad cercana cuyas condiciones, como basura o restos de comida, atraen ratas. Para tratar ratas en su propia casa, use "Ratas".',
    },
    expect: {
      en: 'A Housing inspector visits the property and can order the owner to fix the conditions that attract rats.',
      es: 'Un inspector de Vivienda visita la propiedad y puede ordenar al dueño que corrija las condiciones que atraen ratas.',
    },
    keywords: {
      en: ['rats', 'rodents', "neighbor's yard", 'infestation', 'code enforcement'],
      es: ['ratas', 'roedores', 'patio del vecino', 'plaga', 'inspección de vivienda'],
    },
    target: { daysToClose: 10, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },
  {
    code: 'HLTH-Animal Dead Animal Pickup-Wildlife or Stray',
    agency: 'HLTH',
    category: 'animals-health',
    popularity: 0,
    name: { en: 'Dead animal pickup', es: 'Recoger animal muerto' },
    description: {
      en: 'Report a dead stray or wild animal on a street, sidewalk, alley or public property.',
      es: 'Reporte un animal callejero o silvestre muerto en una calle, acera, callejón o propiedad pública.',
    },
    expect: {
      en: 'An animal control crew picks up and disposes of the animal.',
      es: 'Una cuadrilla de control de animales recoge el animal y lo desecha.',
    },
    keywords: {
      en: [
        'dead animal',
        'roadkill',
        'dead cat',
        'dead dog',
        'dead raccoon',
        'dead deer',
        'dead squirrel',
        'dead bird',
        'carcass',
      ],
      es: [
        'animal muerto',
        'animal atropellado',
        'gato muerto',
        'perro muerto',
        'mapache muerto',
        'venado muerto',
        'ardilla muerta',
        'pájaro muerto',
        'cadáver de animal',
      ],
    },
    target: { daysToClose: 2, dayType: 'calendar', onTimeGoalPct: 90, satisfactionGoalPct: 80 },
    attributes: [
      {
        code: 'ANIMAL_TYPE',
        datatype: 'singlevaluelist',
        required: true,
        description: { en: 'What kind of animal is it?', es: '¿Qué tipo de animal es?' },
        values: [
          { key: 'cat', name: { en: 'Cat', es: 'Gato' } },
          { key: 'dog', name: { en: 'Dog', es: 'Perro' } },
          { key: 'raccoon', name: { en: 'Raccoon', es: 'Mapache' } },
          { key: 'squirrel', name: { en: 'Squirrel', es: 'Ardilla' } },
          { key: 'bird', name: { en: 'Bird', es: 'Pájaro' } },
          { key: 'deer', name: { en: 'Deer', es: 'Venado' } },
          { key: 'other', name: { en: 'Other', es: 'Otro' } },
        ],
      },
    ],
  },
  {
    code: 'HLTH-EV Stagnant Water',
    agency: 'HLTH',
    category: 'animals-health',
    popularity: 0,
    name: { en: 'Standing water (mosquitoes)', es: 'Agua estancada (mosquitos)' },
    description: {
      en: 'Report standing water that has been there for days, such as in a pool, tires or containers, where mosquitoes can breed.',
      es: 'Reporte agua estancada que lleva días, por ejemplo en una piscina, llantas o recipientes, donde se pueden criar mosquitos.',
    },
    expect: {
      en: 'A Health Department inspector checks the site, may treat the water and can order the owner to remove it.',
      es: 'Un inspector del Departamento de Salud revisa el lugar, puede tratar el agua y puede ordenar al dueño que la elimine.',
    },
    keywords: {
      en: ['standing water', 'stagnant water', 'mosquitoes', 'pool', 'puddle'],
      es: ['agua estancada', 'mosquitos', 'zancudos', 'piscina', 'charco'],
    },
    target: { daysToClose: 7, dayType: 'business', onTimeGoalPct: 80, satisfactionGoalPct: 70 },
    attributes: [],
  },
];
