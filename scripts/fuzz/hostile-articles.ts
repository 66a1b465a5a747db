/**
 * Article texts shaped to find the slow paths of ingest: run-on sentences of figures and dates, endless
 * lists of names, stops and quotes that never close, paragraphs with no stop at all. Each is built to a
 * requested size, so the fuzz run can grow them and see whether cost grows with size or faster.
 */
export interface HostileArticle {
  shape: string;
  text: (chars: number) => string;
}

function repeatTo(chars: number, head: string, piece: (i: number) => string, tail = ''): string {
  const parts = [head];
  let length = head.length;
  for (let i = 0; length < chars; i++) {
    const next = piece(i);
    parts.push(next);
    length += next.length;
  }
  return parts.join('') + tail;
}

const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

export const HOSTILE_ARTICLES: HostileArticle[] = [
  {
    shape: 'run-on sentence of figures and dates',
    text: (n) =>
      repeatTo(
        n,
        'Budget talks\n\nOfficials said ',
        (i) =>
          `on ${MONTHS[i % 6]} ${1 + (i % 28)}, 20${10 + (i % 15)}, ${i * 7} people, ${i} cars and $${i}.5 million, `,
      ),
  },
  {
    shape: 'paragraphs with no full stop',
    text: (n) => repeatTo(n, 'Notes\n\n', (i) => `Line ${i} with 12 figures and Some Names here\n\n`),
  },
  {
    shape: 'one run of capitalised names',
    text: (n) =>
      repeatTo(n, 'Names\n\n', (i) => `Chongqing Smart Expo ${i % 2 ? 'Huawei ' : 'Li Wei '}`, '.'),
  },
  {
    shape: 'numbers without words',
    text: (n) => repeatTo(n, 'Count\n\nThe count was ', (i) => `${i + 10} `, 'in all.'),
  },
  {
    shape: 'quotes that never close',
    text: (n) => repeatTo(n, 'Quotes\n\n', (i) => `“He said ${i} times, ‘we will `, '.'),
  },
  {
    shape: 'stops and abbreviations',
    text: (n) => repeatTo(n, 'Abbreviations\n\n', (i) => `Mr. Dr. U.S. Inc. No. ${i}. e.g. `),
  },
  {
    shape: 'ordinary sentences',
    text: (n) =>
      repeatTo(
        n,
        'Council vote\n\n',
        (i) =>
          `On ${MONTHS[i % 6]} ${1 + (i % 28)}, the council voted ${i}-${i + 3} to spend $${i} million on roads, Mayor Ann Lee said. `,
      ),
  },
  {
    shape: 'one word with no spaces',
    text: (n) => `Word\n\n${'Abc1'.repeat(Math.ceil(n / 4))}.`,
  },
  {
    shape: 'brackets opened and never closed',
    text: (n) => repeatTo(n, 'Brackets\n\n', (i) => `(see ${i} [and `, '.'),
  },
  {
    shape: 'said that, over and over',
    text: (n) =>
      repeatTo(n, 'Reports\n\nIt ', (i) => `said that ${i} officials reported that `, 'it rained.'),
  },
];
