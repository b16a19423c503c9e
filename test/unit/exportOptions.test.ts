// The export options as the contract reads them: new choices have defaults, so options stored by
// an earlier version of the app still parse (and mean what they meant).
import { describe, expect, it } from 'vitest';
import { exportOptionsSchema } from '../../shared/contract/plan';
import { defaultExportOptions } from '../../shared/plan';
import type { ExportOptions } from '../../shared/plan';

describe('export options', () => {
  it('defaults to the table "Weitere Projektideen", also for options stored before it existed', () => {
    expect(defaultExportOptions.mostlyEmptySheets).toBe('ideasTable');
    const older: Partial<ExportOptions> = { ...defaultExportOptions };
    delete older.mostlyEmptySheets;
    expect(exportOptionsSchema.parse(older).mostlyEmptySheets).toBe('ideasTable');
    expect(
      exportOptionsSchema.parse({ ...defaultExportOptions, mostlyEmptySheets: 'marked' })
        .mostlyEmptySheets,
    ).toBe('marked');
    expect(
      exportOptionsSchema.safeParse({ ...defaultExportOptions, mostlyEmptySheets: 'weg' }).success,
    ).toBe(false);
  });

  it('reads options stored before Vorwort and Beschlussvorschlag existed as both off', () => {
    const older: Partial<ExportOptions> = { ...defaultExportOptions };
    delete older.foreword;
    delete older.resolution;
    const parsed = exportOptionsSchema.parse(older);
    expect(parsed.foreword).toEqual({ included: false, text: '' });
    expect(parsed.resolution).toEqual({ included: false, text: '' });
  });
});
