// What LibreOffice adds to a finished .docx when it is on this machine: the table of contents'
// page numbers (laid out once and written in), and on request a tagged PDF of the result. Without
// LibreOffice — or when it fails — the .docx leaves the numbers for Word; a PDF cannot be made.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppFailure } from '../../../shared/errors';
import type { DocumentFormat } from '../../../shared/contract';
import { locateOffice } from './locate';
import { claimProfile } from './profile';
import type { Profile } from './profile';
import { OfficeSession } from './session';
import { withTocPages } from './tocPages';

export interface Finished {
  bytes: Uint8Array;
  pageNumbers: 'libreoffice' | 'word';
}

/**
 * `docx` as the user receives it in `format`. `workFolder` (inside the app's data folder) holds
 * LibreOffice's private profile, kept between exports, and the temporary files while it works.
 */
export async function finishDocument(
  docx: Uint8Array,
  format: DocumentFormat,
  workFolder: string,
  log: (message: string, detail: unknown) => void = () => {},
): Promise<Finished> {
  const office = await locateOffice();
  if (!office) {
    if (format === 'pdf') throw new AppFailure('OFFICE_MISSING');
    return { bytes: docx, pageNumbers: 'word' };
  }
  await mkdir(workFolder, { recursive: true });
  const folder = await mkdtemp(path.join(workFolder, 'export-'));
  let profile: Profile | undefined;
  let session: OfficeSession | undefined;
  try {
    profile = await claimProfile(office.soffice, workFolder, folder);
    try {
      session = await OfficeSession.start(office, folder, profile.folder);
    } catch (error) {
      // A kept profile LibreOffice cannot start with is made anew by the next export.
      if (profile.kept) await rm(profile.folder, { recursive: true, force: true });
      throw error;
    }
    const draft = path.join(folder, 'Entwurf.docx');
    await writeFile(draft, docx);
    const pages = await session.bookmarkPages(draft);
    const numbered = withTocPages(docx, pages);
    if (format === 'docx') return { bytes: numbered, pageNumbers: 'libreoffice' };
    const final = path.join(folder, 'Werkstattplan.docx');
    const pdf = path.join(folder, 'Werkstattplan.pdf');
    await writeFile(final, numbered);
    await session.pdf(final, pdf);
    return { bytes: await readFile(pdf), pageNumbers: 'libreoffice' };
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    log('LibreOffice-Durchgang fehlgeschlagen', error);
    if (format === 'pdf') throw new AppFailure('OFFICE_FAILED');
    return { bytes: docx, pageNumbers: 'word' };
  } finally {
    await session?.close();
    await profile?.release();
    await rm(folder, { recursive: true, force: true });
  }
}
