import { MAX_PHOTOS, PHOTO_ACCEPT } from '@/lib/media/limits';
import { TextField } from '@/components/form/TextField';
import { FieldMessages } from '@/components/form/FieldMessages';
import { fill, type JourneyCopy, type PhotoView } from './journey-types';
import { optional, photoLabel } from './labels';

/**
 * Up to three photos. Each one chosen goes up with the form and is kept (unattached) while the
 * resident corrects other answers; it is listed here with its size and a Remove button (a
 * submit button, so it works without JavaScript; never the form's default button, see
 * QuestionsForm). Once three are attached the file input gives way to a sentence saying so.
 */
export function PhotosField({
  copy,
  photos,
  error,
}: {
  copy: JourneyCopy;
  photos: PhotoView[];
  error: string | null;
}) {
  const { ui } = copy;
  const full = photos.length >= MAX_PHOTOS;
  return (
    <>
      {photos.length ? (
        <div className="form-group">
          <p className="form-label" id="photos-attached">
            {ui.checkPhoto}
          </p>
          <ul className="plain-list" aria-labelledby="photos-attached">
            {photos.map((p, i) => (
              <li key={p.id}>
                <input type="hidden" name="mediaIds" value={p.id} />
                {photoLabel(copy, p, i)}{' '}
                <button
                  type="submit"
                  name="intent"
                  value={`remove-photo:${p.id}`}
                  className="btn btn-link"
                >
                  {fill(ui.removePhoto, { number: String(i + 1) })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {full ? (
        <div className={error ? 'form-group form-group--error' : 'form-group'}>
          {/* The error summary links here when a photo problem is reported with none to add. */}
          <p id="photo" tabIndex={-1} aria-describedby={error ? 'photo-error' : undefined}>
            {ui.photosFull}
          </p>
          <FieldMessages error={error} errorId="photo-error" errorPrefix={ui.errorPrefix} />
        </div>
      ) : (
        <TextField
          name="photo"
          label={optional(copy, ui.photoLabel)}
          hint={ui.photoHint}
          error={error}
          errorPrefix={ui.errorPrefix}
          inputProps={{ type: 'file', accept: PHOTO_ACCEPT, multiple: true }}
        />
      )}
    </>
  );
}
