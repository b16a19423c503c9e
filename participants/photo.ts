// A photo of the paper pinboard: made smaller and upright on the phone where the browser can
// (a canvas also drops the camera's metadata), sent as it is where it cannot. The laptop removes
// any metadata again in either case.
import { photoMaxBytes } from '../shared/participation';
import { uploadPhoto } from './api';
import { byId } from './dom';

/** Long side after shrinking: sharp enough to read the cards, a fraction of the camera's bytes. */
const longSide = 2560;

export function setUpPhoto(onSent: (photos: number) => void): void {
  const input = byId<HTMLInputElement>('photo-input');
  const status = byId('photo-status');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void (async () => {
      status.textContent = 'Foto wird vorbereitet …';
      const blob = (await shrunk(file)) ?? file;
      if (blob.size > photoMaxBytes || !/^image\/(jpeg|png)$/.test(blob.type)) {
        status.textContent = 'Bitte ein Foto als JPEG oder PNG bis 15 MB wählen.';
        return;
      }
      const answer = await uploadPhoto<{ photos: number }>(blob, (share) => {
        status.textContent = `Foto wird gesendet … ${Math.round(share * 100)} %`;
      });
      if (answer.result.ok) {
        status.textContent = 'Foto gesendet. Danke!';
        onSent(answer.result.value.photos);
      } else {
        status.textContent = answer.result.error.message;
      }
    })();
  });
}

/** The picture redrawn upright at most `longSide` wide as JPEG, or null where that fails. */
async function shrunk(file: File): Promise<Blob | null> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = Math.min(1, longSide / Math.max(image.naturalWidth, image.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}
