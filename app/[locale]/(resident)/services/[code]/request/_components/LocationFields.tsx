import { useEffect, useRef, useState } from 'react';
import { TextField } from '@/components/form/TextField';
import type { FormValues, JourneyCopy } from './journey-types';
import { optional } from './labels';
import { UseMyLocation, type Coordinates } from './UseMyLocation';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * "Where is the problem?": the street address and ZIP code, required unless the phone gave
 * its position ("Use my current location", JavaScript only); then they are optional and a
 * landmark may be added instead.
 */
export function LocationFields({
  copy,
  values: v,
  messageFor,
  onCoordsChange,
  restoring,
}: {
  copy: JourneyCopy;
  values: FormValues;
  messageFor: (field: string) => string | null;
  /** After the position changed and its hidden inputs hold it (to keep the draft). */
  onCoordsChange: () => void;
  /** A new form: a draft from the other language may still be waiting to be read. */
  restoring: boolean;
}) {
  const { ui } = copy;
  const common = { errorPrefix: ui.errorPrefix };
  const [coords, setCoords] = useState<Coordinates>({ lat: str(v.lat), long: str(v.long) });
  const located = Boolean(coords.lat && coords.long);
  // Not when the form first shows: nothing has changed, and saving then would overwrite a
  // draft RequestJourney has not read yet.
  const first = useRef(true);
  useEffect(() => {
    if (first.current && restoring) first.current = false;
    else onCoordsChange();
  }, [coords]); // eslint-disable-line react-hooks/exhaustive-deps

  // The hidden inputs (UseMyLocation) post the position; the landmark field goes with it.
  const changeCoords = (next: Coordinates) => setCoords(next);

  return (
    <>
      <h2>{ui.locationHeading}</h2>
      <TextField
        name="address"
        label={located ? optional(copy, ui.addressLabel) : ui.addressLabel}
        hint={ui.addressHint}
        error={messageFor('address')}
        defaultValue={str(v.address)}
        inputProps={{ autoComplete: 'street-address' }}
        {...common}
      />
      <TextField
        name="zip"
        label={located ? optional(copy, ui.zipLabel) : ui.zipLabel}
        hint={ui.zipHint}
        error={messageFor('zip')}
        defaultValue={str(v.zip)}
        className="form-control--zip"
        inputProps={{ autoComplete: 'postal-code', inputMode: 'numeric', spellCheck: false }}
        {...common}
      />
      <UseMyLocation
        copy={copy}
        error={messageFor('lat')}
        coords={coords}
        onChange={changeCoords}
      />
      {located ? (
        <TextField
          name="locationNote"
          label={optional(copy, ui.landmarkLabel)}
          hint={ui.landmarkHint}
          error={messageFor('locationNote')}
          defaultValue={str(v.locationNote)}
          {...common}
        />
      ) : null}
    </>
  );
}
