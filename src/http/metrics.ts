/**
 * A tiny Prometheus counter registry. Parts of the bot count things with
 * `metrics.counter(name, help).inc(labels)`; GET /metrics renders them.
 */
export type Labels = Readonly<Record<string, string>>;

export interface Counter {
  inc(labels?: Labels, by?: number): void;
  /** Current value for exactly these labels (0 when never counted). */
  value(labels?: Labels): number;
}

export interface MetricsRegistry {
  /** Same name twice returns the same counter. */
  counter(name: string, help: string): Counter;
  /** Prometheus text exposition format 0.0.4. */
  render(): string;
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

interface CounterState {
  help: string;
  /** Keyed by the rendered label set, e.g. `{platform="slack"}`. */
  values: Map<string, number>;
}

export function createMetricsRegistry(): MetricsRegistry {
  const counters = new Map<string, CounterState>();

  return {
    counter(name, help) {
      if (!METRIC_NAME.test(name)) throw new Error(`invalid metric name: ${name}`);
      let state = counters.get(name);
      if (state === undefined) {
        state = { help, values: new Map() };
        counters.set(name, state);
      }
      const { values } = state;
      return {
        inc(labels = {}, by = 1) {
          if (!(by >= 0)) throw new Error(`counter ${name} can only go up`);
          const key = renderLabels(labels);
          values.set(key, (values.get(key) ?? 0) + by);
        },
        value(labels = {}) {
          return values.get(renderLabels(labels)) ?? 0;
        },
      };
    },

    render() {
      const lines: string[] = [];
      for (const [name, { help, values }] of counters) {
        lines.push(`# HELP ${name} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`, `# TYPE ${name} counter`);
        for (const [labels, value] of values) lines.push(`${name}${labels} ${value}`);
      }
      return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
    },
  };
}

function renderLabels(labels: Labels): string {
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return '';
  const pairs = entries.map(([key, value]) => {
    if (!LABEL_NAME.test(key)) throw new Error(`invalid label name: ${key}`);
    return `${key}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  });
  return `{${pairs.join(',')}}`;
}

/** The process-wide registry that GET /metrics serves. */
export const metrics: MetricsRegistry = createMetricsRegistry();
