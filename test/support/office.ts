// LibreOffice and poppler for the Word export tests: .docx → PDF (optionally with the table of
// contents rebuilt through UNO, as Word's "Felder aktualisieren" would), text, pages as PNG.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Debian's python3 is the one with the `uno` module (python3-uno); the first on PATH may not be. */
const python = '/usr/bin/python3';
const office = 'soffice';

/**
 * Loads the document hidden, updates every index (the TOC gets LibreOffice's own entries and page
 * numbers, built from the headings' outline levels) and every field, then stores a PDF.
 */
const unoScript = String.raw`
import os, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue

source, target, profile = sys.argv[1:4]
pipe = "kw" + str(os.getpid())
soffice = subprocess.Popen([
    "${office}", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
    "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
    "--accept=pipe,name=" + pipe + ";urp;",
], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

try:
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    context = None
    for _ in range(240):
        try:
            context = resolver.resolve("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.25)
    if context is None:
        sys.exit("LibreOffice antwortet nicht")
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
    indexes = document.getDocumentIndexes()
    for i in range(indexes.getCount()):
        indexes.getByIndex(i).update()
    document.getTextFields().refresh()
    document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),))
    document.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        soffice.wait(timeout=30)
    except subprocess.TimeoutExpired:
        soffice.kill()
`;

/** Converts a .docx to PDF in `outDir`; returns the PDF's path. */
export function convertToPdf(
  docx: string,
  outDir: string,
  { updateIndexes = false }: { updateIndexes?: boolean } = {},
): string {
  mkdirSync(outDir, { recursive: true });
  const home = mkdtempSync(path.join(tmpdir(), 'kw-office-'));
  const pdf = path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
  try {
    if (updateIndexes) {
      const script = path.join(home, 'convert.py');
      writeFileSync(script, unoScript);
      execFileSync(python, [script, docx, pdf, path.join(home, 'profile')], {
        env: { ...process.env, HOME: home },
        timeout: 120_000,
        stdio: 'pipe',
      });
    } else {
      execFileSync(office, ['--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
        env: { ...process.env, HOME: home },
        timeout: 120_000,
        stdio: 'pipe',
      });
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  return pdf;
}

/** The PDF's text in reading order (pdftotext, UTF-8). */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Renders the pages as PNG (`<prefix>-NN.png`) into `outDir` for a person to look at. */
export function renderPages(pdf: string, outDir: string, prefix: string, dpi = 50): string[] {
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir).filter((name) => name.startsWith(`${prefix}-`))) {
    rmSync(path.join(outDir, old));
  }
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, path.join(outDir, prefix)]);
  return readdirSync(outDir)
    .filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png'))
    .sort()
    .map((name) => path.join(outDir, name));
}
