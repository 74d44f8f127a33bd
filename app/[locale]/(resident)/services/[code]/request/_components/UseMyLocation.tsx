import { useState, useSyncExternalStore } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/**
 * "Use my current location": an enhancement only. The button appears once JavaScript runs
 * (without it there is nothing to press); the address stays the required answer.
 */
export function UseMyLocation({
  copy,
  error,
  lat,
  long,
  latRegistration,
  longRegistration,
  setValue,
}: {
  copy: Record<string, string>;
  error: string | null;
  lat: string;
  long: string;
  latRegistration: UseFormRegisterReturn;
  longRegistration: UseFormRegisterReturn;
  setValue: (name: 'lat' | 'long', value: string) => void;
}) {
  const [status, setStatus] = useState<'idle' | 'locating' | 'located' | 'failed'>(
    lat ? 'located' : 'idle',
  );
  // False on the server and before hydration; true in a browser that can locate.
  const ready = useSyncExternalStore(
    noSubscription,
    () => 'geolocation' in navigator,
    () => false,
  );

  const locate = () => {
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setValue('lat', pos.coords.latitude.toFixed(6));
        setValue('long', pos.coords.longitude.toFixed(6));
        setStatus('located');
      },
      () => setStatus('failed'),
      { enableHighAccuracy: true, timeout: 15000 },
    );
  };
  const clear = () => {
    setValue('lat', '');
    setValue('long', '');
    setStatus('idle');
  };

  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <input type="hidden" {...latRegistration} defaultValue={lat} />
      <input type="hidden" {...longRegistration} defaultValue={long} />
      {error ? (
        <p className="form-error" id="lat-error">
          {error}
        </p>
      ) : null}
      {ready || lat ? (
        <button
          id="lat"
          type="button"
          className="btn btn-outline-primary"
          onClick={status === 'located' ? clear : locate}
          aria-describedby={error ? 'lat-error' : undefined}
        >
          {status === 'located' ? copy.removeLocation : copy.useMyLocation}
        </button>
      ) : null}
      <p role="status" className="muted">
        {status === 'locating'
          ? copy.locating
          : status === 'located'
            ? copy.located
            : status === 'failed'
              ? copy.locationFailed
              : ''}
      </p>
    </div>
  );
}

const noSubscription = () => () => {};
