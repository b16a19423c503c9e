// Photos of the paper pinboards: their descriptions in `photos`, their bytes apart in `photo_data`.
import type Database from 'better-sqlite3';
import type { Photo } from '../../../shared/contract';
import type { PhotoType } from '../../../shared/participation';
import type { PlanPhoto } from '../../../shared/plan';
import type { Writer } from '../store/changes';
import { statement } from '../store/statements';
import { requireCaptureContext, requireRow } from './references';
import { now } from './time';

export interface NewPhoto {
  workshopId: number | null;
  device: number | null;
  mime: PhotoType;
  width: number;
  height: number;
  altText: string;
  /** Already stripped of metadata (photos/metadata.ts). */
  bytes: Buffer;
}

const photoColumns = `id, workshop_id AS workshopId, device, mime, width, height,
  alt_text AS altText, created_at AS createdAt`;

export function insertPhoto(writer: Writer, photo: NewPhoto): number {
  requireCaptureContext(writer.db, photo.workshopId, null);
  const id = writer.insert('photos', {
    workshop_id: photo.workshopId,
    device: photo.device,
    mime: photo.mime,
    width: photo.width,
    height: photo.height,
    alt_text: photo.altText,
    created_at: now(),
  });
  writer.insert('photo_data', { photo_id: id, bytes: photo.bytes });
  return id;
}

export function listPhotos(db: Database.Database): Photo[] {
  return statement(
    db,
    `SELECT ${photoColumns} FROM photos ORDER BY created_at, id`,
  ).all() as Photo[];
}

export function readPhoto(db: Database.Database, id: number): Photo {
  requireRow(db, 'photos', id);
  return statement(db, `SELECT ${photoColumns} FROM photos WHERE id = ?`).get(id) as Photo;
}

export function readPhotoBytes(
  db: Database.Database,
  id: number,
): { mime: PhotoType; bytes: Buffer } {
  const { mime } = readPhoto(db, id);
  const row = statement(db, 'SELECT bytes FROM photo_data WHERE photo_id = ?').get(id) as {
    bytes: Buffer;
  };
  return { mime, bytes: row.bytes };
}

export function setPhotoAltText(writer: Writer, id: number, altText: string): void {
  requireRow(writer.db, 'photos', id);
  writer.update('photos', { id }, { alt_text: altText });
}

/** Both rows go, recorded, so undo brings the picture back too. */
export function deletePhoto(writer: Writer, id: number): void {
  requireRow(writer.db, 'photos', id);
  writer.delete('photo_data', { photo_id: id });
  writer.delete('photos', { id });
}

export function countPhotosOf(db: Database.Database, device: number): number {
  return (
    statement(db, 'SELECT count(*) AS n FROM photos WHERE device = ?').get(device) as { n: number }
  ).n;
}

/** The photos as the Werkstattplan's annex shows them, oldest first. */
export function readPlanPhotos(db: Database.Database): PlanPhoto[] {
  const rows = statement(
    db,
    `SELECT p.id, p.workshop_id AS workshopId, p.mime, p.alt_text AS altText,
       p.created_at AS createdAt, d.bytes
     FROM photos p JOIN photo_data d ON d.photo_id = p.id ORDER BY p.created_at, p.id`,
  ).all() as (Omit<PlanPhoto, 'image'> & { mime: string; bytes: Buffer })[];
  return rows.map(({ mime, bytes, ...photo }) => ({
    ...photo,
    image: { mime, base64: bytes.toString('base64') },
  }));
}
