import { formatTable, yesNo } from '../eval/table.js';

export type Unit = 'ms' | 'MB' | 'count' | 'share' | 'per second';

/** One measured figure; `max` is the target it must not exceed (null = reported for information). */
export interface BenchMetric {
  name: string;
  value: number;
  unit: Unit;
  max: number | null;
  /** A floor instead of a ceiling (a rate): the figure must reach it. */
  min?: number;
  /** Extra words for the measured column, e.g. "1000 briefs". */
  detail?: string;
}

export function metricOk(m: BenchMetric): boolean | null {
  if (m.min !== undefined) return m.value >= m.min;
  return m.max === null ? null : m.value <= m.max;
}

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(3)} ms`;
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'count':
      return String(value);
    case 'per second':
      return `${value.toFixed(0)}/s`;
  }
}

function formatTarget(m: BenchMetric): string {
  if (m.min !== undefined) return `≥ ${formatValue(m.min, m.unit)}`;
  if (m.max === null) return '—';
  if (m.max === 0) return '0';
  const unit = m.unit === 'ms' || m.unit === 'MB' ? ` ${m.unit}` : '';
  return Number.isInteger(m.max) ? `≤ ${m.max}${unit}` : `≤ ${formatValue(m.max, m.unit)}`;
}

export function formatBenchTable(metrics: readonly BenchMetric[]): string {
  const rows = metrics.map((m) => [
    m.name,
    m.detail ? `${formatValue(m.value, m.unit)} (${m.detail})` : formatValue(m.value, m.unit),
    formatTarget(m),
    yesNo(metricOk(m)),
  ]);
  return formatTable(['metric', 'measured', 'target', 'ok'], rows, ['left', 'right', 'right']);
}

export function benchJson(metrics: readonly BenchMetric[], context: Record<string, unknown>): object {
  const met = metrics.map(metricOk).filter((ok) => ok !== null);
  return {
    ...context,
    metrics: metrics.map((m) => ({ ...m, ok: metricOk(m) })),
    targetsMet: met.every(Boolean),
  };
}
