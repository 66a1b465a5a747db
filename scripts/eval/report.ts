import { type ItemResult, type Metric, metricMet, type SuiteResult } from './suite.js';
import { formatTable, percent, yesNo } from './table.js';

/** What was evaluated against, for the report's heading and the JSON summary. */
export interface LibraryInfo {
  dir: string;
  briefs: number;
  problems: number;
}

export function formatMetricRows(metrics: readonly Metric[]): string[][] {
  return metrics.map((m) => {
    const count = m.count ? `${m.count.hit}/${m.count.total}` : '';
    const target = m.target === null ? '—' : `≥ ${percent(m.target, 0)}`;
    return [m.name, count, percent(m.value), target, yesNo(metricMet(m))];
  });
}

/** The human-readable report of one suite: a heading, optionally one line per question, and the table. */
export function formatSuite(result: SuiteResult, library: LibraryInfo, verbose: boolean): string {
  const parts = [
    `${result.suite} set: ${result.source}`,
    `${result.items.length} questions, asked of ${library.briefs} brief(s) from ${library.dir} without naming a brief`,
  ];
  if (verbose) parts.push('', ...result.items.map((item) => formatItem(item, library.briefs > 1)));
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
  return `${item.id.padEnd(6)} ${verdict}  ${cited.padEnd(4)}  ${said}${where}${want}${expect}`;
}

/** The summary as JSON; with `items`, every question's outcome too. */
export function summaryJson(results: readonly SuiteResult[], library: LibraryInfo, items: boolean): object {
  const suites = results.map((r) => ({
    suite: r.suite,
    source: r.source,
    questions: r.items.length,
    errors: r.items.filter((i) => i.error).length,
    metrics: r.metrics.map((m) => ({
      name: m.name,
      ...(m.count ?? {}),
      value: m.value,
      target: m.target,
      ok: metricMet(m),
    })),
    ...(items ? { items: r.items } : {}),
  }));
  const met = results.flatMap((r) => r.metrics.map(metricMet)).filter((ok) => ok !== null);
  return { library, suites, targetsMet: met.every(Boolean) };
}
