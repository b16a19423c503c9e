// A statistics download as the browser reads it for the backend: its bytes as base64, refused
// beforehand when it is larger than the parser would read.
import { statisticsMaxBytes } from '../../shared/statistics';

export interface Upload {
  contentBase64: string;
  fileName: string;
}

export async function readUpload(file: File): Promise<Upload | { error: string }> {
  if (file.size > statisticsMaxBytes) {
    return {
      error: `„${file.name}“ ist größer als ${statisticsMaxBytes / 1024 / 1024} MB und wird nicht eingelesen. Bitte laden Sie einen kleineren Ausschnitt herunter, z. B. nur Ihr Land oder Ihren Kreis.`,
    };
  }
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Lesefehler'));
    reader.readAsDataURL(file);
  }).catch(() => null);
  if (dataUrl === null) return { error: `„${file.name}“ ließ sich nicht lesen.` };
  return { contentBase64: dataUrl.slice(dataUrl.indexOf(',') + 1), fileName: file.name };
}
