import { describe, expect, it } from 'vitest';
import { formatMetricRows, formatSuiteTable, summaryJson } from '../../scripts/eval/report.js';
import type { SuiteResult } from '../../scripts/eval/suite.js';

describe('suite reports', () => {
  it('prints shares as percentages, points as 0–100, small numbers to 3 places and upper bounds with ≤', () => {
    expect(
      formatMetricRows([
        { name: 'abstained', value: 0.661, target: 0.6, count: { hit: 74, total: 112 } },
        { name: 'F1', value: 0.293, target: 0.35, unit: 'points' },
        { name: 'words', value: 76.54, target: 80, unit: 'number', direction: 'max' },
        { name: 'gap', value: 0.06, target: 0.05, unit: 'points', direction: 'max' },
        { name: 'calibration error', value: 0.1234, target: null, unit: 'number' },
      ]),
    ).toEqual([
      ['abstained', '74/112', '66.1%', '≥ 60%', 'yes'],
      ['F1', '', '29.3', '≥ 35.0', 'NO'],
      ['words', '', '76.5', '≤ 80', 'yes'],
      ['gap', '', '6.0', '≤ 5.0', 'NO'],
      ['calibration error', '', '0.123', '—', '—'],
    ]);
  });

  it('prints a suite table by its column units', () => {
    const text = formatSuiteTable({
      title: 'curve',
      columns: [
        { name: 'threshold', unit: 'number' },
        { name: 'F1', unit: 'points' },
        { name: 'abstained', unit: 'share' },
        { name: 'n', unit: 'count' },
      ],
      rows: [[0.4, 0.293, null, 3]],
    });
    expect(text.split('\n')).toEqual([
      'curve:',
      'threshold    F1  abstained  n',
      '---------  ----  ---------  -',
      '     0.40  29.3        n/a  3',
    ]);
  });

  it('gives machines tables as rows of named raw values, verbose tables only with items', () => {
    const result: SuiteResult = {
      suite: 's',
      source: 'x',
      metrics: [],
      items: [],
      tables: [
        { title: 't', columns: [{ name: 'F1', unit: 'points' }], rows: [[0.5]] },
        { title: 'v', verbose: true, columns: [{ name: 'id', unit: 'text' }], rows: [['a']] },
      ],
    };
    const json = summaryJson([result], null, false) as { suites: { tables: unknown[] }[] };
    expect(json.suites[0]?.tables).toEqual([{ title: 't', rows: [{ F1: 0.5 }] }]);
  });
});
