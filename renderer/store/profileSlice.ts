// The Kommunalprofil as the backend committed it; every change goes through `changeProfile`, which
// stores the profile the backend answers with (the backend pushes the undo state itself).
import type { StateCreator } from 'zustand';
import type { MethodInput, MethodName, MethodOutput, Profile } from '../../shared/contract';
import { api } from '../api/client';
import type { Store } from './index';

/** The methods that answer with the whole profile. */
type ProfileMethod = {
  [M in MethodName]: MethodOutput<M> extends Profile ? M : never;
}[MethodName];

export interface ProfileSlice {
  profile: Profile | undefined;
  loadProfile(): Promise<void>;
  setProfile(profile: Profile): void;
  /** Runs a profile change; resolves to the German error message, or undefined when saved. */
  changeProfile<M extends ProfileMethod>(
    method: M,
    input: MethodInput<M>,
  ): Promise<string | undefined>;
}

let latestLoad = 0;

export const createProfileSlice: StateCreator<Store, [], [], ProfileSlice> = (set, get) => ({
  profile: undefined,
  async loadProfile() {
    const request = ++latestLoad;
    const result = await api.call('profile:load', {});
    if (request !== latestLoad) return;
    if (result.ok) set({ profile: result.value });
    else get().showNotice({ kind: 'error', text: result.error.message });
  },
  setProfile: (profile) => {
    // An answer arriving after a newer load would show an older state.
    latestLoad++;
    set({ profile });
  },
  async changeProfile(method, input) {
    const result = await api.call(method, input);
    if (!result.ok) return result.error.message;
    get().setProfile(result.value as Profile);
    return undefined;
  },
});
