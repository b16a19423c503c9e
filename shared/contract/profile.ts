// The Kommunalprofil's indicators and charts. Every change is one undoable user action and answers
// with the whole profile, which is small: a few dozen indicators, charts and entries.
import { z } from 'zod';
import type { Profile } from '../profile/types';
import { specialValueLabels } from '../statistics';
import type { SpecialValue } from '../statistics';
import { singleLineText } from '../text';
import { method } from './define';

export type {
  Indicator,
  IndicatorValue,
  InventoryMeasure,
  Profile,
  ProfileChart,
  SwotEntry,
} from '../profile/types';

export const id = z.number().int().positive();
export const nullableId = id.nullable();

export const profileLimits = {
  name: 200,
  unit: 60,
  source: 300,
  regionLabel: 160,
  /** Monthly figures since 1950 are about 900. */
  values: 2_000,
  chartTitle: 200,
  chartIndicators: 24,
} as const;

const specialValues = Object.keys(specialValueLabels) as [SpecialValue, ...SpecialValue[]];

export const indicatorValue = z
  .object({
    time: singleLineText({
      label: 'Zeitpunkt',
      max: 60,
      required: 'Bitte einen Zeitpunkt angeben.',
    }),
    value: z.number({ error: 'Der Wert muss eine Zahl sein.' }).finite().nullable(),
    flag: z.enum(specialValues).nullable(),
    quality: singleLineText({ label: 'Qualitätskennzeichen', max: 20 }).nullable(),
  })
  .strict()
  .refine(
    (value) => value.value !== null || value.flag !== null,
    'Bitte eine Zahl oder ein Zeichen der Statistik (z. B. „…“) angeben.',
  );

const indicatorValues = z
  .array(indicatorValue)
  .max(profileLimits.values, `Höchstens ${profileLimits.values.toLocaleString('de-DE')} Werte.`)
  .refine(
    (values) => new Set(values.map((value) => value.time)).size === values.length,
    'Jeder Zeitpunkt darf nur einmal vorkommen.',
  );

const indicatorName = singleLineText({
  label: 'Name',
  max: profileLimits.name,
  required: 'Bitte der Kennzahl einen Namen geben.',
});

const indicatorFields = {
  name: indicatorName,
  unit: singleLineText({ label: 'Einheit', max: profileLimits.unit }),
  source: singleLineText({ label: 'Quelle', max: profileLimits.source }),
  regionLabel: singleLineText({ label: 'Gebiet', max: profileLimits.regionLabel }),
  inPlan: z.boolean(),
  values: indicatorValues,
};

const chartKind = z.enum(['population', 'ageStructure', 'migrationBalance', 'indexComparison']);

const chartFields = {
  kind: chartKind,
  title: singleLineText({
    label: 'Titel',
    max: profileLimits.chartTitle,
    required: 'Bitte dem Diagramm einen Titel geben.',
  }),
  indicatorIds: z
    .array(id)
    .min(1, 'Bitte mindestens eine Kennzahl wählen.')
    .max(profileLimits.chartIndicators, `Höchstens ${profileLimits.chartIndicators} Kennzahlen.`)
    .refine((ids) => new Set(ids).size === ids.length, 'Jede Kennzahl nur einmal.'),
  time: z.string().max(60),
  comparisonTime: z.string().max(60),
  inPlan: z.boolean(),
};

export const profileMethods = {
  /** The whole Kommunalprofil: indicators with values, charts, SWOT, Bestandsaufnahme. */
  'profile:load': method<Profile>()('Das Kommunalprofil.', z.object({}).strict()),

  /** A figure typed in (e.g. from the town's own registers), at the end of the list. */
  'indicators:create': method<Profile>()(
    'Kennzahl von Hand anlegen.',
    z
      .object({
        name: indicatorName,
        unit: indicatorFields.unit,
        source: indicatorFields.source,
        values: indicatorValues,
      })
      .strict(),
  ),
  /** Changes name, unit, source, region, plan choice or (all) values of an indicator. */
  'indicators:update': method<Profile>()(
    'Kennzahl ändern.',
    z.object({ id, changes: z.object(indicatorFields).partial().strict() }).strict(),
  ),
  /** Removes an indicator with its values; it leaves every chart, and a chart left empty goes. */
  'indicators:delete': method<Profile>()('Kennzahl löschen.', z.object({ id }).strict()),
  /** Moves an indicator before `beforeId` (null: to the end). */
  'indicators:move': method<Profile>()(
    'Kennzahl verschieben.',
    z.object({ id, beforeId: nullableId }).strict(),
  ),
  /**
   * "mit Diagramm": on gives the indicator a chart of its own (a comparison when the same series
   * exists for other regions, else its course over time); off takes it out of every chart.
   */
  'indicators:setChart': method<Profile>()(
    'Diagramm einer Kennzahl ein- oder ausschalten.',
    z.object({ id, chart: z.boolean() }).strict(),
  ),

  /** A chart at the end of the list. */
  'profileCharts:create': method<Profile>()(
    'Diagramm anlegen.',
    z.object(chartFields).partial({ time: true, comparisonTime: true, inPlan: true }).strict(),
  ),
  'profileCharts:update': method<Profile>()(
    'Diagramm ändern.',
    z.object({ id, changes: z.object(chartFields).partial().strict() }).strict(),
  ),
  'profileCharts:delete': method<Profile>()('Diagramm löschen.', z.object({ id }).strict()),
  'profileCharts:move': method<Profile>()(
    'Diagramm verschieben.',
    z.object({ id, beforeId: nullableId }).strict(),
  ),
};
