// How participation stands, for every component of this window that shows it: read once, then
// followed through the pushed `participation:changed`.
import { useSyncExternalStore } from 'react';
import type { ParticipationStatus } from '../../shared/participation';
import { api } from '../api/client';

let status: ParticipationStatus = { open: false };
const listeners = new Set<() => void>();
let following = false;

export function setParticipationStatus(next: ParticipationStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (!following) {
    following = true;
    api.on('participation:changed', (payload) => setParticipationStatus(payload.status));
    void api.call('participation:status', {}).then((result) => {
      if (result.ok) setParticipationStatus(result.value);
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useParticipation(): ParticipationStatus {
  return useSyncExternalStore(subscribe, () => status);
}
