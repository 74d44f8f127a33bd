// Where demo requests are, and what residents wrote: real streets, no real people.

/** Real Baltimore streets, a ZIP on them, and a point near their middle. */
export const STREETS: readonly {
  street: string;
  zip: string;
  lat: number;
  long: number;
  from: number;
  to: number;
}[] = [
  { street: 'N Charles St', zip: '21218', lat: 39.3215, long: -76.6168, from: 2400, to: 3300 },
  { street: 'N Charles St', zip: '21201', lat: 39.2975, long: -76.6155, from: 100, to: 1200 },
  { street: 'E North Ave', zip: '21202', lat: 39.3113, long: -76.6098, from: 100, to: 600 },
  { street: 'W North Ave', zip: '21217', lat: 39.3105, long: -76.6405, from: 1100, to: 2400 },
  { street: 'Greenmount Ave', zip: '21218', lat: 39.3225, long: -76.6092, from: 2500, to: 3400 },
  { street: 'Eastern Ave', zip: '21224', lat: 39.2862, long: -76.5712, from: 2800, to: 4200 },
  { street: 'E Pratt St', zip: '21202', lat: 39.2871, long: -76.6068, from: 100, to: 900 },
  { street: 'Light St', zip: '21230', lat: 39.2752, long: -76.6128, from: 900, to: 1500 },
  { street: 'Harford Rd', zip: '21214', lat: 39.3518, long: -76.5652, from: 5000, to: 6400 },
  { street: 'Belair Rd', zip: '21213', lat: 39.3195, long: -76.5755, from: 2600, to: 3800 },
  { street: 'W Baltimore St', zip: '21223', lat: 39.2885, long: -76.6415, from: 1300, to: 2300 },
  { street: 'Edmondson Ave', zip: '21229', lat: 39.2934, long: -76.6823, from: 3800, to: 5100 },
  { street: 'Park Heights Ave', zip: '21215', lat: 39.3402, long: -76.6688, from: 3900, to: 5400 },
  { street: 'Reisterstown Rd', zip: '21215', lat: 39.3441, long: -76.6824, from: 4000, to: 5700 },
  { street: 'York Rd', zip: '21212', lat: 39.3605, long: -76.6098, from: 5300, to: 6200 },
  {
    street: 'Liberty Heights Ave',
    zip: '21216',
    lat: 39.3212,
    long: -76.6712,
    from: 3000,
    to: 3900,
  },
  { street: 'W Cold Spring Ln', zip: '21210', lat: 39.3418, long: -76.6325, from: 100, to: 900 },
  { street: 'Hanover St', zip: '21225', lat: 39.2432, long: -76.6105, from: 3400, to: 4000 },
  { street: 'Washington Blvd', zip: '21230', lat: 39.2725, long: -76.6395, from: 1800, to: 2600 },
  { street: 'S Broadway', zip: '21231', lat: 39.2868, long: -76.5932, from: 300, to: 900 },
  { street: 'E Fort Ave', zip: '21230', lat: 39.2715, long: -76.5998, from: 100, to: 1600 },
  { street: 'W 36th St', zip: '21211', lat: 39.3312, long: -76.6325, from: 800, to: 1200 },
  { street: "O'Donnell St", zip: '21224', lat: 39.2808, long: -76.5702, from: 2800, to: 3700 },
  { street: 'Wilkens Ave', zip: '21223', lat: 39.2768, long: -76.6605, from: 1400, to: 2800 },
  { street: 'Loch Raven Blvd', zip: '21239', lat: 39.3612, long: -76.5912, from: 5300, to: 6200 },
  { street: 'N Milton Ave', zip: '21205', lat: 39.3025, long: -76.5862, from: 100, to: 900 },
  { street: 'Frederick Ave', zip: '21229', lat: 39.2838, long: -76.6702, from: 3100, to: 4400 },
  { street: 'E Monument St', zip: '21205', lat: 39.2991, long: -76.5878, from: 1800, to: 2800 },
];

/** A few plain descriptions per category, as residents write them; many leave it empty. */
export const DESCRIPTIONS: Readonly<Record<string, { en: string[]; es: string[] }>> = {
  streets: {
    en: [
      'Deep hole in the right lane, cars swerving around it.',
      'Broken pavement near the corner.',
    ],
    es: ['Hoyo profundo en el carril derecho.', 'Pavimento roto cerca de la esquina.'],
  },
  lights: {
    en: ['Light has been out for several nights.', 'Lamp flickers on and off all night.'],
    es: ['La luz lleva varias noches apagada.', 'La lámpara parpadea toda la noche.'],
  },
  trash: {
    en: ['Trash was not picked up on our collection day.', 'Whole block was missed this week.'],
    es: ['No recogieron la basura el día que tocaba.', 'Esta semana no pasaron por la cuadra.'],
  },
  cleanliness: {
    en: ['Bags of trash and a mattress left in the alley.', 'Litter all along the curb.'],
    es: ['Bolsas de basura y un colchón en el callejón.', 'Basura a lo largo de la acera.'],
  },
  water: {
    en: ['Water running down the street from the curb.', 'Drain is blocked and the street floods.'],
    es: ['Sale agua de la acera hacia la calle.', 'El desagüe está tapado y la calle se inunda.'],
  },
  'trees-parks': {
    en: ['Large branch hanging over the sidewalk.', 'Tree looks dead and leans toward the house.'],
    es: ['Rama grande colgando sobre la acera.', 'El árbol parece muerto y se inclina.'],
  },
  housing: {
    en: ['Vacant house with an open back door.', 'Yard full of trash and overgrown weeds.'],
    es: ['Casa vacía con la puerta trasera abierta.', 'Patio lleno de basura y maleza.'],
  },
  vehicles: {
    en: ['Car with flat tires has not moved in weeks.', 'Car parked blocking the driveway.'],
    es: ['Auto con llantas ponchadas sin moverse hace semanas.', 'Auto bloqueando la entrada.'],
  },
  'animals-health': {
    en: ['Rats seen running along the alley at night.', 'Standing water in an old tire.'],
    es: ['Se ven ratas en el callejón por la noche.', 'Agua estancada en una llanta vieja.'],
  },
};
