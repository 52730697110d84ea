import type { Logger } from 'pino';
import type { Config } from '../config';

/** With webhooks on, pushes bring changes and polling is the safety net: this much slower. */
export const WEBHOOK_POLL_FACTOR = 4;

/** POLL_INTERVAL_SECONDS, or 4× that when TrackingMore pushes changes to us. */
export function pollIntervalMs(config: Pick<Config, 'pollIntervalSeconds' | 'trackingMore'>): number {
  const factor = config.trackingMore.webhookEmail === undefined ? 1 : WEBHOOK_POLL_FACTOR;
  return config.pollIntervalSeconds * factor * 1000;
}

export interface Polling {
  /** No new cycle starts; resolves when the one in flight (if any) is done. */
  stop(): Promise<void>;
}

/**
 * Runs `cycle` every `intervalMs`, the first after one interval (so a short
 * console session is never interrupted by notifications). Cycles never
 * overlap: the next is scheduled when the previous one ends.
 */
export function startPolling(cycle: () => Promise<unknown>, intervalMs: number, logger: Logger): Polling {
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = cycle()
        .then(
          (result) => logger.debug({ result }, 'watcher: poll done'),
          (error: unknown) => logger.warn({ err: error }, 'watcher: poll failed, retrying next interval'),
        )
        .finally(schedule);
    }, intervalMs);
    // Polling alone must not keep the process alive (the console exits at end of input).
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
