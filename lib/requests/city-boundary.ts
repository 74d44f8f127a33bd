/**
 * Baltimore City's boundary as [longitude, latitude] pairs (WGS 84 / NAD 83, GeoJSON order), one
 * closed ring of 59 points.
 *
 * Source: US Census Bureau, 2010 cartographic boundary file of US counties at 1:500,000
 * (gz_2010_us_050_00_500k), feature GEO_ID 0500000US24510, "Baltimore" (LSAD "city"); public
 * domain. Copied unchanged from the GeoJSON conversion of that file published as
 * geojson-counties-fips.json in plotly/datasets (read from the copy in jdilger/dash-examples).
 * The file is already generalised for maps; points near the line are given a small tolerance
 * (lib/requests/location.ts), and the ZIP code rule still refers county addresses to staff.
 * The city line has not moved since the 1918 annexation: the west, north and east sides are straight surveyed
 * lines, the south side follows the Anne Arundel County line across the Patapsco.
 */
export const BALTIMORE_CITY_BOUNDARY: readonly (readonly [number, number])[] = [
  [-76.618612, 39.237398],
  [-76.631132, 39.242899],
  [-76.632589, 39.243406],
  [-76.637267, 39.245648],
  [-76.639428, 39.246568],
  [-76.644212, 39.248924],
  [-76.647256, 39.25006],
  [-76.651491, 39.251983],
  [-76.653393, 39.252703],
  [-76.665567, 39.257982],
  [-76.667349, 39.258858],
  [-76.673432, 39.261281],
  [-76.678801, 39.263997],
  [-76.681644, 39.265032],
  [-76.685153, 39.266697],
  [-76.686048, 39.266885],
  [-76.688667, 39.268195],
  [-76.711054, 39.277889],
  [-76.711186, 39.354383],
  [-76.711342, 39.361225],
  [-76.711191, 39.362771],
  [-76.711313, 39.371933],
  [-76.609778, 39.372202],
  [-76.529793, 39.372058],
  [-76.529785, 39.356552],
  [-76.529786, 39.310391],
  [-76.529786, 39.308534],
  [-76.529697, 39.307717],
  [-76.529693, 39.306474],
  [-76.529743, 39.305964],
  [-76.529686, 39.305506],
  [-76.529685, 39.304661],
  [-76.529611, 39.302911],
  [-76.529775, 39.298731],
  [-76.529624, 39.298179],
  [-76.52951, 39.29718],
  [-76.529793, 39.292783],
  [-76.529708, 39.291895],
  [-76.529689, 39.290993],
  [-76.529499, 39.290168],
  [-76.529552, 39.289337],
  [-76.529681, 39.288152],
  [-76.529592, 39.284852],
  [-76.529663, 39.284203],
  [-76.529934, 39.283082],
  [-76.529787, 39.281872],
  [-76.529781, 39.273101],
  [-76.529623, 39.272307],
  [-76.529486, 39.218408],
  [-76.528587, 39.217492],
  [-76.529649, 39.216693],
  [-76.534285, 39.213208],
  [-76.53496, 39.21228],
  [-76.535885, 39.211008],
  [-76.533103, 39.20763],
  [-76.550086, 39.197207],
  [-76.582386, 39.207151],
  [-76.611695, 39.2344],
  [-76.618612, 39.237398],
];
