// Importing official statistics as downloaded: a preview of the file (nothing written), then the
// chosen series for the chosen regions as one undoable, all-or-nothing action.
import { z } from 'zod';
import type { ImportReport, Profile, StatisticsPreview } from '../profile/types';
import { statisticsUploadMaxBytes } from '../statistics';
import { pathText, singleLineText } from '../text';
import { method } from './define';

export type { ImportReport, PreviewSeries, StatisticsPreview } from '../profile/types';

/**
 * The download: on disk (`path`, Electron's dialog and the CLI) or its bytes as base64 as the
 * browser read them (`contentBase64`, with the file's name, which may carry the table code).
 */
const source = {
  path: pathText.min(1).optional(),
  contentBase64: z
    .string()
    .max(statisticsUploadMaxBytes, 'Die Statistikdatei ist zu groß (höchstens 50 MB).')
    .optional(),
  fileName: singleLineText({ label: 'Dateiname', max: 255 }).optional(),
};
const exactlyOneSource = (value: { path?: string; contentBase64?: string }) =>
  (value.path === undefined) !== (value.contentBase64 === undefined);
const oneSourceMessage = 'Bitte genau eine Quelle angeben: einen Dateipfad oder den Dateiinhalt.';

const regionCode = z.string().regex(/^(DG|\d{2,12})$/, 'Unbekannter Regionalschlüssel.');

export const statisticsMethods = {
  /**
   * Reads a statistics download and shows what importing it would bring, for `region` (absent:
   * the Kommune's AGS, else its Kreis, Land, Deutschland): series with their values there and
   * whether each is new or updates an indicator. Refuses damaged or foreign files in German.
   */
  'statistics:preview': method<StatisticsPreview>()(
    'Statistikdatei prüfen und Import vorbereiten.',
    z
      .object({ ...source, region: regionCode.optional() })
      .strict()
      .refine(exactlyOneSource, oneSourceMessage),
  ),
  /**
   * Imports the series `seriesKeys` for each of `regions` (empty: a table without regions) as
   * one undoable action, all or nothing: an indicator per series and region, or the values of
   * the one imported from the same table before (new times added, changed values replaced).
   */
  'statistics:import': method<{ profile: Profile; report: ImportReport }>()(
    'Statistik importieren.',
    z
      .object({
        ...source,
        regions: z.array(regionCode).max(8, 'Höchstens 8 Gebiete auf einmal.'),
        seriesKeys: z
          .array(z.string().min(1).max(2_000))
          .min(1, 'Bitte mindestens eine Reihe ankreuzen.')
          .max(2_000),
        inPlan: z.boolean(),
      })
      .strict()
      .refine(exactlyOneSource, oneSourceMessage),
  ),
};
