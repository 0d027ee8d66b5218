import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when `url` answers 200 within `timeoutMs`. */
export async function answers200(url: string, timeoutMs: number): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })).status === 200;
  } catch {
    return false;
  }
}

/**
 * Writes a started server's output to `logFile` and waits until `ready()` is true. Should the server exit or
 * the time run out first, `stop()` is awaited and the error says `what` failed, with the end of the output.
 */
export async function untilReady(
  child: ChildProcess,
  options: { logFile: string; ready: () => Promise<boolean>; stop: () => Promise<void>; timeoutMs: number; pollMs: number; what: string },
): Promise<void> {
  const log = createWriteStream(options.logFile);
  let output = '';
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exit: string | null = null;
  child.once('exit', (code, signal) => (exit = `exited with ${signal ?? `code ${code}`}`));

  const deadline = Date.now() + options.timeoutMs;
  while (!(await options.ready())) {
    if (exit || Date.now() > deadline) {
      await options.stop();
      throw new Error(`${options.what} (${exit ?? `timed out after ${options.timeoutMs / 1000} s`}). Output:\n${output}`);
    }
    await sleep(options.pollMs);
  }
}

/** SIGTERM, and SIGKILL if the process has not exited after `graceMs`. Returns whether it stopped in time. */
export async function stopChild(child: ChildProcess, graceMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  if (await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)])) return true;
  child.kill('SIGKILL');
  await exited;
  return false;
}
