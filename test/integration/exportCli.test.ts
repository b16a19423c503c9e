// `npm run cli -- export FILE OUT.docx|OUT.pdf [--version-label TEXT]` with the built CLI and its worker
// (needs `npm run build`, which `npm test` runs first).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/app';
import { docxParts, parseStrictly, wordText } from '../support/docx';
import { tempDir } from '../support/temp';

const cli = path.join(repoRoot, 'dist/electron/cli.cjs');
const dir = tempDir('kw-export-cli-');

function run(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [cli, ...args, '--data-dir', path.join(dir, 'daten')],
    {
      encoding: 'utf8',
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('export on the command line', () => {
  const demo = path.join(dir, 'Musterstadt.werkstatt');

  it('writes the Werkstattplan with the given version label', () => {
    expect(run('demo', demo).code).toBe(0);
    const out = path.join(dir, 'Plan für den Rat.docx');
    const result = run(
      'export',
      demo,
      out,
      '--version-label',
      'Beschluss des Stadtrats vom 12.05.2026',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Werkstattplan gespeichert: .*Plan für den Rat\.docx \(\d+ KB; Seitenzahlen im Inhaltsverzeichnis von LibreOffice gesetzt\)/,
    );
    const document = docxParts(out)['word/document.xml'] as string;
    parseStrictly(document);
    expect(wordText(document)).toContain('Fassung: Beschluss des Stadtrats vom 12.05.2026');
  });

  it('writes the newest Zwischenbilanz, or the one of a date, as its own document', () => {
    const out = path.join(dir, 'Zwischenbilanz.docx');
    const result = run('export-review', demo, out);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Zwischenbilanz gespeichert: .*Zwischenbilanz\.docx \(\d+ KB\)/);
    const document = docxParts(out)['word/document.xml'] as string;
    parseStrictly(document);
    expect(wordText(document)).toContain(
      'Verglichen mit der Fassung: Ratsbeschluss vom 26.11.2026',
    );
    const none = run('export-review', demo, out, '--date', '2030-01-01');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(
      'Eine Zwischenbilanz vom 2030-01-01 gibt es in dieser Werkstatt nicht.',
    );
  });

  it('explains in German what went wrong, with the error code', () => {
    const missingFolder = run('export', demo, path.join(dir, 'fehlt', 'Plan.docx'));
    expect(missingFolder.code).toBe(1);
    expect(missingFolder.stderr).toContain('gibt es nicht (mehr)');
    expect(missingFolder.stderr).toContain('(Fehlercode EXPORT_FAILED)');
    const notDocx = run('export', demo, path.join(dir, 'Plan.odt'));
    expect(notDocx.code).toBe(2);
    expect(notDocx.stderr).toContain('Die Ausgabedatei muss auf .docx oder .pdf enden.');
    expect(existsSync(path.join(dir, 'Plan.odt'))).toBe(false);
  });

  it('writes a tagged PDF when OUT ends in .pdf', { timeout: 120_000 }, async () => {
    const pdf = path.join(dir, 'Werkstattplan Musterstadt.pdf');
    const result = run('export', demo, pdf);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes/m);
  });
});
