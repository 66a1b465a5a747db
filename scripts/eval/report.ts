import {
  type ItemResult,
  type Metric,
  type MetricUnit,
  metricMet,
  type SuiteResult,
  type SuiteTable,
  type TableColumn,
} from './suite.js';
import { formatTable, percent, yesNo } from './table.js';

/** What was evaluated against, for the report's heading and the JSON summary. */
export interface LibraryInfo {
  dir: string;
  briefs: number;
  problems: number;
}

/** A value as its unit prints: a share as a percentage, points (F1, ROUGE) as 0–100, a number as it is. */
export function formatValue(value: number | null, unit: MetricUnit = 'share', digits = 1): string {
  if (value === null) return 'n/a';
  if (unit === 'share') return percent(value, digits);
  if (unit === 'points') return (value * 100).toFixed(digits);
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

export function formatMetricRows(metrics: readonly Metric[]): string[][] {
  return metrics.map((m) => {
    const count = m.count ? `${m.count.hit}/${m.count.total}` : '';
    const digits = m.unit === undefined || m.unit === 'share' ? 0 : 1;
    const target =
      m.target === null
        ? '—'
        : `${m.direction === 'max' ? '≤' : '≥'} ${formatValue(m.target, m.unit, digits)}`;
    // A plain number below 1 (a calibration error, say) would round to nothing useful at one decimal.
    const valueDigits = m.unit === 'number' && m.value !== null && Math.abs(m.value) < 1 ? 3 : 1;
    return [m.name, count, formatValue(m.value, m.unit, valueDigits), target, yesNo(metricMet(m))];
  });
}

function formatCell(cell: string | number | null, column: TableColumn | undefined): string {
  if (cell === null) return 'n/a';
  if (typeof cell === 'string' || !column || column.unit === 'text') return String(cell);
  if (column.unit === 'count') return String(cell);
  return formatValue(cell, column.unit, column.unit === 'number' ? 2 : 1);
}

export function formatSuiteTable(table: SuiteTable): string {
  const rows = table.rows.map((row) => row.map((cell, c) => formatCell(cell, table.columns[c])));
  const align = table.columns.map((c) => (c.unit === 'text' ? 'left' : 'right'));
  return `${table.title}:\n${formatTable(
    table.columns.map((c) => c.name),
    rows,
    align,
  )}`;
}

/**
 * The human-readable report of one suite: a heading, what was run, optionally one line per question, the
 * metrics table, then the suite's own tables (verbose ones only with --verbose) and notes.
 */
export function formatSuite(result: SuiteResult, library: LibraryInfo, verbose: boolean): string {
  const parts = [
    `${result.suite} set: ${result.source}`,
    ...(result.context ?? [
      `${result.items.length} questions, asked of ${library.briefs} brief(s) from ${library.dir} without naming a brief`,
    ]),
  ];
  const showBrief = result.context ? false : library.briefs > 1;
  if (verbose && result.items.length > 0)
    parts.push('', ...result.items.map((item) => formatItem(item, showBrief)));
  const errors = result.items.filter((i) => i.error).length;
  if (errors > 0) parts.push('', `${errors} question(s) made the engine throw; they count as wrong.`);
  parts.push(
    '',
    formatTable(['metric', 'n/N', 'measured', 'target', 'ok'], formatMetricRows(result.metrics), [
      'left',
      'right',
      'right',
    ]),
  );
  for (const table of result.tables ?? [])
    if (verbose || !table.verbose) parts.push('', formatSuiteTable(table));
  if (result.notes?.length) parts.push('', ...result.notes);
  return parts.join('\n');
}

/** One line: id, ok/FAIL, cited sentence (s12) or —, then the answer, the abstention or the error. */
export function formatItem(item: ItemResult, showBrief: boolean): string {
  const verdict = item.ok ? 'ok  ' : 'FAIL';
  const cited = item.sentence === null ? '—' : `s${item.sentence}`;
  let said: string;
  if (item.error) said = `engine threw: ${item.message ?? ''}`;
  else if (item.answer === null) said = `abstained: ${item.message ?? ''}`;
  else said = JSON.stringify(item.answer);
  const where = showBrief && item.brief ? `  [${item.brief}]` : '';
  const want = !item.ok && item.want ? `  (want: ${item.want.map((g) => g.join(' + ')).join(' | ')})` : '';
  const expect = !item.ok && item.expect === 'abstain' ? '  (want: abstention)' : '';
  const score = item.score === undefined ? '' : `F1 ${item.score.toFixed(2)}  `;
  const asked = item.group === undefined ? '' : `  [${item.group}] ${item.question}`;
  return `${item.id.padEnd(6)} ${verdict}  ${score}${cited.padEnd(4)}  ${said}${where}${want}${expect}${asked}`;
}

/** The summary as JSON; with `items`, every question's outcome (and the verbose tables) too. */
export function summaryJson(
  results: readonly SuiteResult[],
  library: LibraryInfo | null,
  items: boolean,
  threshold?: number,
): object {
  const suites = results.map((r) => ({
    suite: r.suite,
    source: r.source,
    questions: r.items.length,
    errors: r.items.filter((i) => i.error).length,
    ...(r.context ? { context: r.context } : {}),
    metrics: r.metrics.map((m) => ({
      name: m.name,
      ...(m.count ?? {}),
      value: m.value,
      target: m.target,
      ...(m.unit ? { unit: m.unit } : {}),
      ...(m.direction ? { direction: m.direction } : {}),
      ok: metricMet(m),
    })),
    ...(r.tables ? { tables: r.tables.filter((t) => items || !t.verbose).map(tableJson) } : {}),
    ...(r.notes ? { notes: r.notes } : {}),
    ...(items ? { items: r.items } : {}),
  }));
  const met = results.flatMap((r) => r.metrics.map(metricMet)).filter((ok) => ok !== null);
  return {
    ...(threshold === undefined ? {} : { threshold }),
    library,
    suites,
    targetsMet: met.every(Boolean),
  };
}

/** A table as JSON: its title and one object per row, keyed by column name (0–1 values stay 0–1). */
function tableJson(table: SuiteTable): object {
  return {
    title: table.title,
    rows: table.rows.map((row) =>
      Object.fromEntries(table.columns.map((c, i) => [c.name || 'note', row[i] ?? null])),
    ),
  };
}
