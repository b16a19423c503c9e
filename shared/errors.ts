// Error codes of the contract and the German message a user sees when nothing more specific is said.

export const errorMessages = {
  UNKNOWN_METHOD: 'Diese Funktion gibt es nicht.',
  INVALID_INPUT: 'Die Eingabe ist ungültig.',
  INVALID_JSON: 'Die Anfrage ist kein gültiges JSON.',
  PAYLOAD_TOO_LARGE: 'Die Anfrage ist zu groß.',
  UNAUTHORIZED:
    'Kein Zugang: Bitte öffnen Sie die Adresse mit dem Zugangsschlüssel aus der Konsole.',
  FORBIDDEN: 'Diese Anfrage ist nicht erlaubt.',
  FOREIGN_ORIGIN:
    'Diese Anfrage kommt nicht von der Seite der Kommunalwerkstatt und wurde abgelehnt.',
  UNSUPPORTED_MEDIA_TYPE: 'Anfragen an die Kommunalwerkstatt müssen JSON sein (application/json).',
  PATH_NOT_ALLOWED:
    'Dieser Speicherort ist nicht erlaubt: Bitte einen Ort im Werkstatt-Ordner oder im Datenordner der Kommunalwerkstatt wählen.',
  NOT_FOUND: 'Nicht gefunden.',
  INTERNAL:
    'Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Daten sind nicht betroffen.',
  TRANSPORT: 'Die Verbindung zur Anwendung ist unterbrochen.',
  NO_WORKSPACE: 'Es ist keine Werkstatt geöffnet.',
  WORKSPACE_MISSING: 'Die Werkstatt-Datei wurde nicht gefunden.',
  WORKSPACE_EXISTS: 'Eine Datei mit diesem Namen gibt es dort bereits.',
  NOT_A_WORKSPACE: 'Diese Datei ist keine Kommunalwerkstatt-Datei.',
  WORKSPACE_DAMAGED: 'Die Werkstatt-Datei ist beschädigt. Sie wurde nicht verändert.',
  WORKSPACE_TOO_NEW:
    'Die Werkstatt wurde mit einer neueren Version von Kommunalwerkstatt gespeichert.',
  WORKSPACE_LOCKED: 'Diese Werkstatt ist bereits geöffnet.',
  WORKSPACE_READ_ONLY: 'Die Werkstatt liegt an einem schreibgeschützten Ort.',
  WORKSPACE_FILE_GONE:
    'Die Werkstatt-Datei wurde gelöscht, verschoben oder ersetzt. Bitte speichern Sie die Werkstatt unter einem neuen Namen.',
  NAME_TOO_LONG: 'Der Name oder Pfad ist zu lang.',
  DISK_FULL:
    'Der Speicherplatz ist voll. Die letzte Änderung wurde nicht gespeichert, alles davor ist sicher.',
  IO_ERROR: 'Die Datei konnte nicht gelesen oder geschrieben werden.',
  BACKUP_MISSING: 'Diese Sicherung gibt es nicht mehr.',
  NOTHING_TO_UNDO: 'Es gibt nichts rückgängig zu machen.',
  NOTHING_TO_REDO: 'Es gibt nichts zu wiederholen.',
  NOT_SUPPORTED: 'Diese Funktion steht hier nicht zur Verfügung.',
  EXPORT_FAILED: 'Das Dokument konnte nicht gespeichert werden. Es wurde keine Datei angelegt.',
  EXPORT_READ_ONLY:
    'Das Dokument kann dort nicht gespeichert werden: Der Ort ist schreibgeschützt. Bitte wählen Sie einen anderen Ordner.',
  EXPORT_LOCKED:
    'Die Datei ist in einem anderen Programm geöffnet (z. B. Word). Bitte schließen Sie sie dort oder wählen Sie einen anderen Namen.',
  PLAN_VERSION_MISSING: 'Diese Fassung des Werkstattplans gibt es nicht.',
  EXCHANGE_TOO_LARGE: 'Die Projektdatei ist zu groß (höchstens 20 MB). Es wurde nichts importiert.',
  EXCHANGE_INVALID:
    'Die Projektdatei ist beschädigt oder unvollständig. Es wurde nichts importiert.',
  EXCHANGE_UNSUPPORTED:
    'Diese Datei ist keine Projektdatei der Kommunalwerkstatt, die diese Version lesen kann. Es wurde nichts importiert.',

  // Statistics files (issue 10): the parser refuses with one of these; its own messages add the
  // reason and, where there is one, the line ("Zeile 14: …").
  OFFICE_MISSING:
    'Für ein PDF wird LibreOffice gebraucht (kostenlos unter libreoffice.org). Bitte installieren Sie es und exportieren Sie noch einmal; als Word-Dokument geht es auch ohne.',
  OFFICE_FAILED:
    'LibreOffice konnte das PDF nicht erstellen. Bitte versuchen Sie es noch einmal oder exportieren Sie als Word-Dokument.',

  STATISTICS_UNREADABLE:
    'Diese Datei ist keine Statistiktabelle, die die Kommunalwerkstatt lesen kann. Bitte laden Sie die Tabelle bei GENESIS-Online, der Regionalstatistik oder der Zensus-Datenbank als CSV (Tabelle oder Flatfile) oder als Flatfile-ZIP herunter.',
  STATISTICS_DAMAGED:
    'Die Statistikdatei ist beschädigt oder unvollständig. Bitte laden Sie sie erneut herunter.',
  STATISTICS_EMPTY: 'Die Statistikdatei enthält keine Werte.',
  STATISTICS_TOO_LARGE:
    'Die Statistikdatei ist zu groß. Bitte laden Sie einen kleineren Ausschnitt herunter, z. B. nur Ihr Land oder Ihren Kreis.',
  STATISTICS_ZIP:
    'Ein ZIP-Archiv der Statistik muss unbeschädigt sein und genau eine Flatfile-Tabelle (…_flat.csv) enthalten.',

  // Participation from phones (issue 15): the facilitator's side, then what a phone may hear.
  ADDRESS_UNAVAILABLE:
    'Diese Adresse gehört zu keinem Netzwerkadapter dieses Rechners. Bitte eine Adresse aus der Liste wählen.',
  PORT_IN_USE:
    'Dieser Port ist schon belegt. Bitte einen anderen wählen oder das Feld leer lassen (dann wird ein freier gewählt).',
  PARTICIPATION_CLOSED: 'Die Teilnahme ist nicht geöffnet.',
  JOIN_CODE_WRONG: 'Dieser Code stimmt nicht. Bitte den Code vom Projektor eingeben.',
  DEVICE_UNKNOWN: 'Dieses Handy ist nicht angemeldet. Bitte mit dem Code erneut teilnehmen.',
  DEVICE_BLOCKED: 'Dieses Handy wurde von der Moderation gesperrt.',
  TOO_MANY_DEVICES: 'Es sind schon so viele Handys angemeldet, wie die Teilnahme erlaubt.',
  RATE_LIMITED: 'Zu viele Anfragen in kurzer Zeit. Bitte einen Moment warten.',
  CARD_LOCKED: 'Diese Karte kann nicht mehr geändert werden.',
  VOTE_CLOSED: 'Die Abstimmung ist beendet.',
  PHOTO_INVALID:
    'Dieses Bild kann nicht verwendet werden. Bitte ein Foto als JPEG oder PNG (höchstens 15 MB) senden.',
} as const;

export type ErrorCode = keyof typeof errorMessages;

/** Thrown by handlers; the transports turn it into `{ ok: false, error }`. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorMessages[code],
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
