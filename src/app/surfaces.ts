import type { Config, DiscordConfig, SlackConfig } from '../config';

/** A surface to start, with its own settings. */
export type SurfacePlan =
  | { name: 'slack'; slack: SlackConfig }
  | { name: 'discord'; discord: DiscordConfig }
  | { name: 'console' };

/** Every surface whose credentials are set; none set means the console. */
export function chooseSurfaces(config: Config): SurfacePlan[] {
  const plans: SurfacePlan[] = [];
  if (config.slack) plans.push({ name: 'slack', slack: config.slack });
  if (config.discord) plans.push({ name: 'discord', discord: config.discord });
  return plans.length > 0 ? plans : [{ name: 'console' }];
}

export function isConsoleMode(plans: readonly SurfacePlan[]): boolean {
  return plans.some((plan) => plan.name === 'console');
}

/**
 * Servers (Slack, Discord) always listen on PORT: /healthz and /metrics are
 * what a deployment probes, and a busy port there is a real error. The
 * console is a local demo: it listens only when TrackingMore webhooks are
 * configured, so `printf … | npm start` never fails on a busy port 3000.
 */
export function needsHttpServer(config: Config, plans: readonly SurfacePlan[]): boolean {
  return !isConsoleMode(plans) || config.trackingMore.webhookEmail !== undefined;
}
