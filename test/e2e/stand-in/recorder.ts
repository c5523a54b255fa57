// Every request the stand-in receives, in order, for assertions; and waitFor, which re-checks a
// condition whenever the stand-in changes, and every 20 ms for conditions on the client's side
// (its cache updates when it processes a dispatch, which the stand-in cannot observe).
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';

export interface RecordedRequest {
  /** 1, 2, 3… in arrival order. */
  seq: number;
  method: string;
  /** Route after the `/api/v10` prefix, each segment percent-decoded: `/webhooks/1/abc/messages/@original`. */
  path: string;
  /** The path exactly as it arrived, prefix and encoding included. */
  rawPath: string;
  query: Record<string, string>;
  /** Parsed JSON; the raw text when it was not JSON; null when there was no body. */
  body: unknown;
  /** Whether an `Authorization: Bot …` header came with it (interaction callbacks come without). */
  authorized: boolean;
  /** Wall-clock arrival time (ms since epoch). */
  time: number;
  /** performance.now() at arrival, for latencies. */
  at: number;
  /** Filled in once answered. */
  status: number;
  response: unknown;
  /** Set when the answer came from failNext or the global rate limit rather than the model. */
  fault: string | null;
}

export class Recorder {
  readonly requests: RecordedRequest[] = [];
  private readonly changes = new EventEmitter();
  private received = 0;

  constructor() {
    // Many concurrent waitFor calls are normal in suites; they are not a leak.
    this.changes.setMaxListeners(0);
  }

  start(
    fields: Omit<RecordedRequest, 'seq' | 'time' | 'at' | 'status' | 'response' | 'fault'>,
  ): RecordedRequest {
    const request: RecordedRequest = {
      ...fields,
      seq: ++this.received,
      time: Date.now(),
      at: performance.now(),
      status: 0,
      response: null,
      fault: null,
    };
    this.requests.push(request);
    return request;
  }

  finish(request: RecordedRequest, status: number, response: unknown, fault: string | null): void {
    request.status = status;
    request.response = response;
    request.fault = fault;
    this.notify();
  }

  /** Wakes every waitFor; call after any change a test might wait on (gateway events too). */
  notify(): void {
    this.changes.emit('change');
  }

  waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 5000, label = 'condition'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const attempt = (): boolean => {
        let value: T | undefined | null | false;
        try {
          value = check();
        } catch (error) {
          finish();
          reject(error instanceof Error ? error : new Error(String(error)));
          return true;
        }
        if (value === undefined || value === null || value === false) return false;
        finish();
        resolve(value);
        return true;
      };
      const onChange = (): void => void attempt();
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`stand-in: timed out after ${timeoutMs} ms waiting for ${label}`));
      }, timeoutMs);
      const poll = setInterval(onChange, 20);
      const finish = (): void => {
        clearTimeout(timer);
        clearInterval(poll);
        this.changes.off('change', onChange);
      };
      this.changes.on('change', onChange);
      attempt();
    });
  }
}
