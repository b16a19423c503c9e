// Error codes of the contract and the German message a user sees when nothing more specific is said.

export const errorMessages = {
  UNKNOWN_METHOD: 'Diese Funktion gibt es nicht.',
  INVALID_INPUT: 'Die Eingabe ist ungültig.',
  INVALID_JSON: 'Die Anfrage ist kein gültiges JSON.',
  PAYLOAD_TOO_LARGE: 'Die Anfrage ist zu groß.',
  UNAUTHORIZED:
    'Kein Zugang: Bitte öffnen Sie die Adresse mit dem Zugangsschlüssel aus der Konsole.',
  FORBIDDEN: 'Diese Anfrage ist nicht erlaubt.',
  NOT_FOUND: 'Nicht gefunden.',
  INTERNAL:
    'Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Daten sind nicht betroffen.',
  TRANSPORT: 'Die Verbindung zur Anwendung ist unterbrochen.',
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
