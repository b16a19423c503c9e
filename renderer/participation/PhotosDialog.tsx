// Photos of the paper pinboards, as phones sent them: each with the alt text the Werkstattplan's
// annex gives it (to describe what the cards say), and a way to delete it. New photos appear live.
import { useCallback, useEffect, useState } from 'react';
import type { Photo } from '../../shared/contract';
import { deviceLabel } from '../../shared/participation';
import { formatDate } from '../../shared/plan';
import { api } from '../api/client';
import { Dialog } from '../components/Dialog';
import { useStore } from '../store';

export function PhotosDialog({ onClose }: { onClose(): void }) {
  const [photos, setPhotos] = useState<Photo[]>();
  const showNotice = useStore((state) => state.showNotice);
  const load = useCallback(() => {
    void api.call('photos:list', {}).then((result) => {
      if (result.ok) setPhotos(result.value);
      else showNotice({ kind: 'error', text: result.error.message });
    });
  }, [showNotice]);

  useEffect(() => {
    load();
    return api.on('workspace:changed', (change) => {
      if (change.tables.includes('photos')) load();
    });
  }, [load]);

  return (
    <Dialog title="Fotos der Pinnwände" wide onClose={onClose}>
      <p className="muted">
        Die Fotos stehen im Anhang des Werkstattplans. Beschreiben Sie für Menschen, die sie nicht
        sehen können, was darauf steht (Alternativtext). Standort- und Kameradaten wurden beim
        Empfang entfernt.
      </p>
      {photos?.length === 0 && (
        <p>Noch keine Fotos. Teilnehmende senden sie über „Foto der Pinnwand“ auf dem Handy.</p>
      )}
      <ul className="photo-list">
        {photos?.map((photo) => (
          <PhotoItem key={photo.id} photo={photo} />
        ))}
      </ul>
    </Dialog>
  );
}

function PhotoItem({ photo }: { photo: Photo }) {
  const [source, setSource] = useState<string>();
  const [altText, setAltText] = useState(photo.altText);
  const [error, setError] = useState('');
  const workshop = useStore((state) =>
    photo.workshopId === null ? undefined : state.board.workshops[photo.workshopId],
  );

  useEffect(() => {
    void api.call('photos:image', { id: photo.id }).then((result) => {
      if (result.ok) setSource(`data:${result.value.mime};base64,${result.value.base64}`);
    });
  }, [photo.id]);

  async function save() {
    if (altText === photo.altText) return;
    const result = await api.call('photos:setAltText', { id: photo.id, altText });
    setError(result.ok ? '' : result.error.message);
  }

  async function remove() {
    const result = await api.call('photos:delete', { id: photo.id });
    if (!result.ok) setError(result.error.message);
  }

  const origin = [
    workshop?.title,
    formatDate(photo.createdAt),
    photo.device === null ? undefined : deviceLabel(photo.device),
  ].filter(Boolean);
  return (
    <li className="photo-item">
      {source ? (
        <img className="photo-preview" src={source} alt={photo.altText} />
      ) : (
        <span className="photo-preview muted">Foto wird geladen …</span>
      )}
      <div className="photo-fields">
        <p className="muted">{origin.join(' · ')}</p>
        <label>
          Alternativtext
          <textarea
            value={altText}
            rows={3}
            maxLength={1000}
            onChange={(event) => setAltText(event.target.value)}
            onBlur={() => void save()}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="button" className="button" onClick={() => void remove()}>
          Foto löschen
        </button>
      </div>
    </li>
  );
}
