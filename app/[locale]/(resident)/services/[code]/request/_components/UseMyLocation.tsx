import { useState, useSyncExternalStore } from 'react';
import type { JourneyCopy } from './journey-types';
import { nearLabel } from './labels';

export type Coordinates = { lat: string; long: string };

/**
 * "Use my current location": an enhancement only. The button appears once JavaScript runs
 * (without it there is nothing to press, and the address stays required).
 *
 * The position lives in React state and in *controlled* hidden inputs, which is what the
 * form posts. (It used to be react-hook-form's setValue on registered uncontrolled hidden
 * inputs: the next render put React's defaultValue back into them, so the browser's form data,
 * which is what the server action receives, had no position at all.)
 */
export function UseMyLocation({
  copy,
  error,
  coords,
  onChange,
}: {
  copy: JourneyCopy;
  error: string | null;
  coords: Coordinates;
  onChange: (coords: Coordinates) => void;
}) {
  const { ui } = copy;
  const located = Boolean(coords.lat && coords.long);
  const [status, setStatus] = useState<'idle' | 'locating' | 'failed'>('idle');
  // False on the server and before hydration; true in a browser that can locate.
  const ready = useSyncExternalStore(
    noSubscription,
    () => 'geolocation' in navigator,
    () => false,
  );

  const locate = () => {
    if (status === 'locating') return;
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setStatus('idle');
        onChange({
          lat: pos.coords.latitude.toFixed(6),
          long: pos.coords.longitude.toFixed(6),
        });
      },
      () => setStatus('failed'),
      { enableHighAccuracy: true, timeout: 15000 },
    );
  };

  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <input type="hidden" name="lat" value={coords.lat} />
      <input type="hidden" name="long" value={coords.long} />
      {error ? (
        <p className="form-error" id="lat-error">
          <span className="visually-hidden">{ui.errorPrefix} </span>
          {error}
        </p>
      ) : null}
      {ready || located ? (
        <button
          id="lat"
          type="button"
          className="btn btn-outline-primary"
          onClick={located ? () => onChange({ lat: '', long: '' }) : locate}
          aria-describedby={error ? 'lat-error' : undefined}
        >
          {located ? ui.removeLocation : ui.useMyLocation}
        </button>
      ) : null}
      <p role="status" className="muted">
        {located
          ? nearLabel(copy, coords.lat, coords.long, ui.located)
          : status === 'locating'
            ? ui.locating
            : status === 'failed'
              ? ui.locationFailed
              : ''}
      </p>
    </div>
  );
}

const noSubscription = () => () => {};
