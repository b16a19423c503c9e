// The first screen: what Kommunalwerkstatt is and where to begin.
export function StartScreen() {
  return (
    <main className="start-screen">
      <h1>Kommunalwerkstatt</h1>
      <p className="lead">
        Von der Zukunftswerkstatt zum Werkstattplan – für Ihre Kommune, auch ohne Internet.
      </p>
    </main>
  );
}
