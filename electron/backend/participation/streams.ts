// The phones' event streams (text/event-stream): what every phone sees goes to all, a device's own
// part only to its streams. Idle phones cost one short comment every 25 s, for all of them from
// one timer: enough to keep Wi-Fi routers and browsers from dropping the connection.
import type { ServerResponse } from 'node:http';

export const heartbeatMs = 25_000;
/** A phone with several tabs open is fine; a script opening hundreds is not. */
const maxStreamsPerDevice = 3;

export class PhoneStreams {
  private readonly byDevice = new Map<number, Set<ServerResponse>>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => this.writeAll(': \n\n'), heartbeatMs);
    this.heartbeat.unref();
  }

  get connected(): number {
    return this.byDevice.size;
  }

  /** Keeps the response open as the device's stream; `first` is written before anything else. */
  add(device: number, response: ServerResponse, first: string): void {
    let streams = this.byDevice.get(device);
    if (!streams) this.byDevice.set(device, (streams = new Set()));
    if (streams.size >= maxStreamsPerDevice) {
      const oldest = streams.values().next().value;
      oldest?.end();
      if (oldest) streams.delete(oldest);
    }
    streams.add(response);
    response.write(first);
    response.on('close', () => {
      streams.delete(response);
      if (streams.size === 0 && this.byDevice.get(device) === streams) this.byDevice.delete(device);
    });
  }

  devices(): number[] {
    return [...this.byDevice.keys()];
  }

  sendTo(device: number, message: string): void {
    for (const response of this.byDevice.get(device) ?? []) response.write(message);
  }

  broadcast(message: string): void {
    this.writeAll(message);
  }

  /** Ends every stream (participation closes, or a device is blocked). */
  end(device?: number): void {
    const devices = device === undefined ? [...this.byDevice.keys()] : [device];
    for (const number of devices) {
      for (const response of this.byDevice.get(number) ?? []) response.end();
      this.byDevice.delete(number);
    }
    if (device === undefined) clearInterval(this.heartbeat);
  }

  private writeAll(message: string): void {
    for (const streams of this.byDevice.values()) {
      for (const response of streams) response.write(message);
    }
  }
}

/** One server-sent event. */
export const sseEvent = (event: string, data: unknown): string =>
  `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
