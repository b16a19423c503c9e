// Participation on the workshop day: 60 phones (Node clients, each from an address of its own)
// send 10 cards each at once to the built browser mode started with --participants, as the
// participants' page sends a queue of cards: together in one request. Measured: all 600 arrive
// exactly once, card sent → drawn on the facilitator's board in Chromium, the host's CPU while 60
// phones sit idle on their event streams, and the phone page's load under Chromium's "Fast 3G"
// throttling; for comparison, 600 cards as 600 requests of one card each.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { drawnSoFar, launchChromium, startHost, storedIdeaTexts, watchInboxTexts } from './host';
import { seedWorkspace } from './seed';
import { percentile, report } from './stats';

const phones = 60;
const cardsPerPhone = 10;
/** Longer than a heartbeat (25 s), after the burst's tail (garbage collection, idle sockets). */
const idleSeconds = 30;
const settleSeconds = 10;

interface Listener {
  host: string;
  port: number;
  code: string;
}

/** Like a phone's browser: at most six connections to one server, kept alive. */
const browserAgent = (from: string) =>
  new Agent({ keepAlive: true, maxSockets: 6, localAddress: from });

function call(
  listener: Listener,
  agent: Agent,
  route: string,
  body: unknown,
  token?: string,
): Promise<{
  status: number;
  json: { ok: boolean; value?: { token?: string; id?: number; ids?: number[] } };
}> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = request(
      {
        host: listener.host,
        port: listener.port,
        path: route,
        method: 'POST',
        agent,
        headers: {
          Host: `${listener.host}:${listener.port}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(text),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        let data = '';
        response.on('data', (chunk: Buffer) => (data += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, json: JSON.parse(data) }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** A phone's event stream, held open as the page holds it. */
function stream(listener: Listener, from: string, token: string): ClientRequest {
  const req = request({
    host: listener.host,
    port: listener.port,
    localAddress: from,
    path: `/api/events?token=${encodeURIComponent(token)}`,
    agent: false,
    headers: { Host: `${listener.host}:${listener.port}` },
  });
  req.on('response', (response) => response.resume());
  req.on('error', () => {});
  req.end();
  return req;
}

/** CPU seconds the process has used so far (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function pageLoadFast3g(browser: Browser, joinUrl: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // DevTools' "Fast 3G": 562.5 ms latency, 1.6 Mbit/s down, 750 kbit/s up (each × 0.9).
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
    uploadThroughput: (750 * 1000 * 0.9) / 8,
  });
  const started = Date.now();
  await page.goto(joinUrl, { waitUntil: 'load' });
  const loaded = Date.now() - started;
  await page.locator('#app').waitFor();
  const ready = Date.now() - started;
  const bytes = await page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).transferSize,
  );
  await context.close();
  return { loaded, ready, bytes };
}

interface Phone {
  agent: Agent;
  token: string;
  index: number;
}

/** 60 phones, each from an address of its own (the listener limits joins per address). */
function joinPhones(
  listener: Listener,
  subnet: number,
  agents: Agent[],
  streams: ClientRequest[],
): Promise<Phone[]> {
  return Promise.all(
    Array.from({ length: phones }, async (_, index) => {
      const from = `127.0.${subnet}.${index + 10}`;
      const agent = browserAgent(from);
      agents.push(agent);
      const joined = await call(listener, agent, '/api/join', { code: listener.code });
      const token = joined.json.value?.token as string;
      streams.push(stream(listener, from, token));
      return { agent, token, index };
    }),
  );
}

/**
 * Every phone sends its ten cards at once: `together` in one request, as the participants' page
 * sends the cards waiting in its queue, or else as ten requests. Timed until each is drawn.
 */
async function burst(
  page: Page,
  listener: Listener,
  devices: Phone[],
  prefix: string,
  together: boolean,
  hostPid: number,
) {
  await watchInboxTexts(page, prefix);
  const sent: Record<string, number> = {};
  const answered: number[] = [];
  const started = Date.now();
  const cpuBefore = cpuSeconds(hostPid);
  const requests = devices.flatMap(({ agent, token, index }) => {
    const cards = Array.from({ length: cardsPerPhone }, (_, card) => ({
      key: `${together ? 'queue' : 'single'}-${index}-${card}`,
      text: `${prefix}${index + 1}.${card + 1}: Mehr Bänke am Fluss`,
    }));
    return (together ? [cards] : cards.map((card) => [card])).map(async (group) => {
      const at = Date.now();
      for (const card of group) sent[card.text] = at;
      const answer =
        group.length === 1
          ? await call(listener, agent, '/api/karte', group[0], token)
          : await call(listener, agent, '/api/karten', { cards: group }, token);
      answered.push(...group.map(() => Date.now() - at));
      if (answer.status !== 200) return 0;
      return answer.json.value?.ids?.length ?? 1;
    });
  });
  const accepted = (await Promise.all(requests)).reduce((sum, count) => sum + count, 0);
  const wall = (Date.now() - started) / 1000;
  const cpu = cpuSeconds(hostPid) - cpuBefore;
  const count = phones * cardsPerPhone;
  await page.waitForFunction(
    ({ start, count }) => {
      const drawn = (window as unknown as { __drawn: Record<string, number> }).__drawn;
      return (
        Object.entries(drawn).filter(([text, at]) => at > 0 && text.startsWith(start)).length >=
        count
      );
    },
    { start: prefix, count },
    { timeout: 60_000 },
  );
  const drawn = Object.entries(await drawnSoFar(page, prefix)).map(
    ([text, at]) => at - (sent[text] as number),
  );
  const stored = await storedIdeaTexts(page, prefix);
  const once =
    stored.length === count &&
    Object.keys(sent).every((text) => stored.filter((other) => other === text).length === 1);
  return { accepted, stored: stored.length, once, answered, drawn, wall, cpu };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kw-participants-'));
  const file = path.join(dir, 'Bench Teilnahme.werkstatt');
  await seedWorkspace(file, { ideas: 300, projects: 40, inboxShare: 0.2 });
  const host = await startHost(file, dir, ['--participants', '127.0.0.2']);
  const match = /Teilnahme: http:\/\/([\d.]+):(\d+)\/#code=(\d+)/.exec(host.output());
  if (!match) throw new Error(host.output());
  const listener: Listener = {
    host: match[1] as string,
    port: Number(match[2]),
    code: match[3] as string,
  };
  const joinUrl = `http://${listener.host}:${listener.port}/#code=${listener.code}`;
  const browser = await launchChromium();
  const streams: ClientRequest[] = [];
  const agents: Agent[] = [];
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 720 } })
    ).newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Zukunftswerkstatt', exact: true }).click();
    await page.waitForFunction(() => performance.getEntriesByName('kw:board-painted').length > 0);
    await watchInboxTexts(page, 'Handy-Bench ');

    const devices = await joinPhones(listener, 1, agents, streams);
    const together = await burst(page, listener, devices, 'Handy-Bench ', true, host.pid);
    console.log(
      `${phones} Handys × ${cardsPerPhone} Karten gleichzeitig, je Handy in einer Anfrage: angenommen ${together.accepted}, gespeichert ${together.stored}, jede genau einmal: ${together.once ? 'erfüllt' : 'VERFEHLT'}`,
    );
    report('Karte gesendet → gespeichert und beantwortet', together.answered);
    // On a shared machine the host may wait for a core: its own CPU time says how much it worked.
    console.log(
      `Alle ${phones * cardsPerPhone} Karten beantwortet nach ${together.wall.toFixed(2)} s; der Host rechnete davon ${together.cpu.toFixed(2)} s (CPU-Zeit)`,
    );
    report(
      `Karte gesendet → auf der Pinnwand der Moderation gezeichnet (${phones * cardsPerPhone} Karten)`,
      together.drawn,
      { target: 500, targetLabel: 'p95 < 500 ms' },
    );

    // Idle: 60 phones on their streams, nobody writes.
    await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
    const before = cpuSeconds(host.pid);
    await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
    const share = ((cpuSeconds(host.pid) - before) / idleSeconds) * 100;
    console.log(
      `${phones} verbundene Handys im Leerlauf (${idleSeconds} s): CPU des Hosts ${share.toFixed(2)} % (Ziel ≈ 0 %: ${share < 1 ? 'erfüllt' : 'VERFEHLT'})`,
    );

    const loads = [];
    for (let i = 0; i < 3; i++) loads.push(await pageLoadFast3g(browser, joinUrl));
    const loaded = loads.map((entry) => entry.loaded);
    console.log(
      `Teilnahmeseite unter „Fast 3G“ (${(loads[0]?.bytes ?? 0).toLocaleString('de-DE')} Bytes übertragen): geladen Median ${percentile(loaded, 50)} ms, max ${Math.max(...loaded)} ms (Ziel < 1000 ms: ${Math.max(...loaded) < 1000 ? 'erfüllt' : 'VERFEHLT'}); angemeldet und bereit zum Schreiben Median ${percentile(
        loads.map((entry) => entry.ready),
        50,
      )} ms`,
    );

    // For comparison, without a target: the same burst as 600 requests of one card each, from 60
    // other phones (a device's pace allows ten cards at once).
    const others = await joinPhones(listener, 2, agents, streams);
    const single = await burst(page, listener, others, 'Handy-Einzeln ', false, host.pid);
    report(
      `Zum Vergleich, ohne Ziel: ${phones * cardsPerPhone} Karten als einzelne Anfragen → gezeichnet (jede genau einmal: ${single.once ? 'ja' : 'NEIN'}; Host-CPU ${single.cpu.toFixed(2)} s)`,
      single.drawn,
    );
    if (
      !together.once ||
      !single.once ||
      percentile(together.drawn, 95) >= 500 ||
      share >= 1 ||
      Math.max(...loaded) >= 1000
    ) {
      process.exitCode = 1;
    }
  } finally {
    for (const req of streams) req.destroy();
    for (const agent of agents) agent.destroy();
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
