// The Kommunalprofil: key figures from official statistics and the town's own registers, charts
// drawn from them, the SWOT in four quadrants and the Bestandsaufnahme of running measures.
import { useEffect } from 'react';
import { useStore } from '../store';
import { ChartsPanel } from './ChartsPanel';
import { InventoryPanel } from './InventoryPanel';
import { KeyFiguresPanel } from './KeyFiguresPanel';
import { SwotPanel } from './SwotPanel';

const sections = [
  { id: 'profil-kennzahlen', label: 'Kennzahlen' },
  { id: 'profil-diagramme', label: 'Diagramme' },
  { id: 'profil-swot', label: 'SWOT-Analyse' },
  { id: 'profil-bestand', label: 'Bestandsaufnahme' },
];

export function ProfileScreen() {
  const profile = useStore((state) => state.profile);

  useEffect(() => {
    void useStore.getState().loadProfile();
  }, []);

  return (
    <div className="profile-screen">
      <nav className="profile-sections" aria-label="Abschnitte des Kommunalprofils">
        {sections.map((section) => (
          <a key={section.id} href={`#${section.id}`}>
            {section.label}
          </a>
        ))}
      </nav>
      {profile ? (
        <>
          <KeyFiguresPanel profile={profile} />
          <ChartsPanel profile={profile} />
          <SwotPanel profile={profile} />
          <InventoryPanel profile={profile} />
        </>
      ) : (
        <p className="muted">Lade das Kommunalprofil …</p>
      )}
    </div>
  );
}
