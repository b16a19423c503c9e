// The network reality of a town hall in plain German: what must be true for phones to reach the laptop.
export function NetworkHelp({ open = false }: { open?: boolean }) {
  return (
    <details className="network-help" open={open}>
      <summary>Hilfe: So erreichen die Handys den Laptop</summary>
      <ul>
        <li>
          <strong>Dasselbe Netz:</strong> Laptop und Handys müssen im selben WLAN sein. Am besten
          bringen Sie einen kleinen Reise-Router mit; er braucht kein Internet.
        </li>
        <li>
          <strong>Mobile Daten aus:</strong> Handys verlassen ein WLAN ohne Internet gern von
          selbst. Bitten Sie die Teilnehmenden, die mobilen Daten kurz auszuschalten.
        </li>
        <li>
          <strong>Kein Gäste-WLAN:</strong> Gäste-Netze trennen die Geräte voneinander – die Handys
          erreichen den Laptop dort nicht.
        </li>
        <li>
          <strong>Hotspot von Windows:</strong> Der mobile Hotspot nimmt höchstens 8 Geräte auf. Für
          eine ganze Gruppe ist ein Reise-Router besser.
        </li>
        <li>
          <strong>Windows-Firewall:</strong> Beim ersten Öffnen fragt Windows, ob die
          Kommunalwerkstatt Verbindungen annehmen darf. Erlauben Sie es für{' '}
          <em>private Netzwerke</em>. Ist das WLAN als „öffentlich“ eingestuft, blockiert Windows
          die Handys ohne Nachfrage: Stellen Sie das Netz dann in den Windows-Einstellungen auf
          „Privat“.
        </li>
        <li>
          <strong>Zahlen statt Namen:</strong> Verwenden Sie die Adresse mit Zahlen (z. B.
          192.168.8.100), nicht einen Namen wie „laptop.local“ – viele Handys finden solche Namen
          nicht.
        </li>
      </ul>
    </details>
  );
}
