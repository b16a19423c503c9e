// Which table a file holds and who publishes it, where the file does not say: from the download's
// name ("12411-01-01-4_flat.csv", "12411-0006_$F.csv") and the shape of the table code.

/** The table code at the start of a download's name; empty when the name has none. */
export function tableCodeFromName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // A statistic's number or a short letter code, then parts after hyphens: "AI-N-01-2-5".
  const match = /^((?:\d[0-9A-Z]{1,7}|[A-Z]{1,3})(?:-[0-9A-Z]{1,5})+)(?=[_.\s]|$)/i.exec(base);
  return match && /\d/.test(match[1] as string) ? (match[1] as string) : '';
}

/** The publisher as its tables are cited; the © line of a classic table says it better. */
export function sourceForCode(code: string): string {
  if (/^\d{4}[A-Z]-\d{4}$/i.test(code)) {
    return 'Statistische Ämter des Bundes und der Länder, Zensus 2022';
  }
  if (/^\d{5}-\d{4}$/.test(code)) return 'Statistisches Bundesamt (Destatis), GENESIS-Online';
  if (/^\d{5}(-[0-9A-Z]{1,2}){2,4}$/i.test(code)) {
    return 'Statistische Ämter des Bundes und der Länder, Regionalstatistik';
  }
  return 'Amtliche Statistik (GENESIS-Datenbank)';
}
