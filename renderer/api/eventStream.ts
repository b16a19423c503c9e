// The browser mode's event stream: `text/event-stream` read through fetch, because EventSource
// cannot send the Authorization header. After a drop it reconnects with growing pauses.
const firstPauseMs = 500;
const longestPauseMs = 10_000;

export type Deliver = (event: string, data: string) => void;

/** Keeps one stream open until the returned function is called. */
export function openEventStream(
  url: string,
  headers: () => Record<string, string>,
  deliver: Deliver,
): () => void {
  let stopped = false;
  let pause = firstPauseMs;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connect = async () => {
    controller = new AbortController();
    try {
      const response = await fetch(url, {
        headers: { Accept: 'text/event-stream', ...headers() },
        cache: 'no-store',
        signal: controller.signal,
      });
      if (response.ok && response.body) {
        pause = firstPauseMs;
        await readEvents(response.body, deliver);
      }
    } catch {
      // A dropped connection or a stopped host: try again below.
    }
    if (stopped) return;
    timer = setTimeout(() => void connect(), pause);
    pause = Math.min(pause * 2, longestPauseMs);
  };
  void connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    controller?.abort();
  };
}

/** Reads a `text/event-stream` body to its end, delivering each event with its data. */
export async function readEvents(body: ReadableStream<Uint8Array>, deliver: Deliver) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const message = parseBlock(block);
      if (message) deliver(message.event, message.data);
    }
  }
}

/** One event of the stream; comments (": …") and blocks without data deliver nothing. */
export function parseBlock(block: string): { event: string; data: string } | undefined {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { event, data: data.join('\n') } : undefined;
}
