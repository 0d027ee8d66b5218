import type { EventSourceFactory, EventSourceLike } from '../notification-store';

/** Stands in for the browser's EventSource only; HTTP in the same tests goes through HttpTestingController. */
export class FakeEventSource implements EventSourceLike {
  readyState = 0;
  closed = false;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  /** The server sends an event. */
  emit(type: string, data: unknown): void {
    this.readyState = 1;
    for (const listener of this.listeners.get(type) ?? []) {
      listener(new MessageEvent(type, { data: typeof data === 'string' ? data : JSON.stringify(data) }));
    }
  }

  /** The connection fails; `gaveUp` is how the browser answers an HTTP error (no retry of its own). */
  fail(gaveUp: boolean): void {
    this.readyState = gaveUp ? 2 : 0;
    for (const listener of this.listeners.get('error') ?? []) listener(new MessageEvent('error'));
  }
}

/** A factory that records every stream opened, the last one being the live one. */
export function fakeEventSources(): { factory: EventSourceFactory; sources: FakeEventSource[]; latest: () => FakeEventSource } {
  const sources: FakeEventSource[] = [];
  return {
    sources,
    factory: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
    latest: () => {
      const source = sources.at(-1);
      if (!source) throw new Error('no stream opened');
      return source;
    },
  };
}
