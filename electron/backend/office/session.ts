// One private LibreOffice for one export: started invisible with a profile of its own, asked a few
// questions (pages, PDF) over UNO by the Python of unoScript.ts, and ended — also when something
// goes wrong or takes too long, so no LibreOffice is left running behind the app.
import { spawn } from 'node:child_process';
import type { ChildProcess, ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import type { Office } from './locate';
import { unoEnvironment } from './locate';
import { unoScript } from './unoScript';

/** LibreOffice's first start with a fresh profile is slow; a large plan takes a while to lay out. */
const startLimitMs = 90_000;
const requestLimitMs = 180_000;

type Reply = { ready: true } | { pages: Record<string, number> } | { ok: true } | { error: string };

const ended = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export class OfficeSession {
  private readonly replies: ((reply: Reply) => void)[] = [];

  private constructor(
    private readonly office: ChildProcess,
    private readonly python: ChildProcessWithoutNullStreams,
  ) {
    createInterface({ input: python.stdout }).on('line', (line) => {
      let reply: Reply;
      try {
        reply = JSON.parse(line) as Reply;
      } catch {
        return;
      }
      this.replies.shift()?.(reply);
    });
    const gone = () => {
      for (const waiting of this.replies.splice(0)) {
        waiting({ error: 'LibreOffice wurde unerwartet beendet.' });
      }
    };
    python.on('exit', gone);
    office.on('exit', gone);
  }

  /** Starts LibreOffice with `profile`, and the script in `folder`, which the caller removes. */
  static async start(office: Office, folder: string, profile: string): Promise<OfficeSession> {
    const script = path.join(folder, 'office.py');
    await writeFile(script, unoScript);
    const pipe = `kommunalwerkstatt-${randomBytes(8).toString('hex')}`;
    const env = { ...process.env, ...unoEnvironment(path.dirname(office.soffice)), HOME: folder };
    const soffice = spawn(
      office.soffice,
      [
        '--headless',
        '--invisible',
        '--norestore',
        '--nologo',
        '--nodefault',
        '--nolockcheck',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        `--accept=pipe,name=${pipe};urp;`,
      ],
      { env, stdio: 'ignore' },
    );
    const python = spawn(office.python, [script, pipe], { env, stdio: 'pipe' });
    const session = new OfficeSession(soffice, python);
    const ready = await session.next(startLimitMs);
    if (!('ready' in ready)) {
      await session.close();
      throw new Error('error' in ready ? ready.error : 'LibreOffice antwortet nicht.');
    }
    return session;
  }

  /** The page each _Toc bookmark of the document is on, as LibreOffice lays it out. */
  async bookmarkPages(docx: string): Promise<Map<string, number>> {
    const reply = await this.ask({ pages: docx });
    if (!('pages' in reply))
      throw new Error('error' in reply ? reply.error : 'Keine Seitenzahlen.');
    return new Map(Object.entries(reply.pages));
  }

  /** A tagged PDF (PDF/UA) of the document, with bookmarks from its headings. */
  async pdf(docx: string, target: string): Promise<void> {
    const reply = await this.ask({ pdf: docx, to: target });
    if (!('ok' in reply)) throw new Error('error' in reply ? reply.error : 'Kein PDF.');
  }

  /** Ends LibreOffice: asked first, killed if it will not. */
  async close(): Promise<void> {
    if (!ended(this.python)) this.python.stdin.end(`${JSON.stringify({ quit: true })}\n`);
    await Promise.all([this.python, this.office].map((child) => stop(child, 20_000)));
  }

  private ask(request: object): Promise<Reply> {
    if (ended(this.python) || ended(this.office)) {
      return Promise.resolve({ error: 'LibreOffice läuft nicht mehr.' });
    }
    const reply = this.next(requestLimitMs);
    this.python.stdin.write(`${JSON.stringify(request)}\n`);
    return reply;
  }

  private next(limitMs: number): Promise<Reply> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.python.kill('SIGKILL');
        this.office.kill('SIGKILL');
        resolve({ error: 'LibreOffice hat zu lange gebraucht.' });
      }, limitMs);
      this.replies.push((reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
    });
  }
}

/** Waits for a child to end on its own, and kills it after `graceMs`. */
async function stop(child: ChildProcess, graceMs: number): Promise<void> {
  if (ended(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
