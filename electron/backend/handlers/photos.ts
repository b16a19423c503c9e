// Handlers of the photos:* methods: the facilitator describes and removes the pinboards' photos.
import type { Handler } from '../dispatch';
import {
  deletePhoto,
  listPhotos,
  readPhoto,
  readPhotoBytes,
  setPhotoAltText,
} from '../repositories/photos';
import type { WorkspaceService } from '../workspace/service';

type PhotoHandlers = {
  [M in 'photos:list' | 'photos:image' | 'photos:setAltText' | 'photos:delete']: Handler<M>;
};

export function photoHandlers(workspaces: WorkspaceService): PhotoHandlers {
  const session = () => workspaces.current();
  return {
    'photos:list': () => listPhotos(session().db),
    'photos:image': ({ id }) => {
      const { mime, bytes } = readPhotoBytes(session().db, id);
      return { mime, base64: bytes.toString('base64') };
    },
    'photos:setAltText': ({ id, altText }) =>
      session().act('Alternativtext ändern', (writer) => {
        setPhotoAltText(writer, id, altText);
        return readPhoto(writer.db, id);
      }),
    'photos:delete': ({ id }) => {
      session().act('Foto löschen', (writer) => deletePhoto(writer, id));
      return null;
    },
  };
}
