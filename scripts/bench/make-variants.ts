import { type Brief, BriefSchema, type FactKind } from '../../src/core/brief.schema.js';
import { pick, type Random, seededRandom } from './random.js';
import { makeRewrite, numbersIn, type Rewrite, rewriteArticleText, scaleNumberText } from './rewrite.js';

/** Names swapped into the variants. Any that already occur in the seed brief are left out. */
const CITIES = [
  'Wuhan',
  'Hangzhou',
  'Nanjing',
  'Suzhou',
  'Shenzhen',
  'Tianjin',
  'Qingdao',
  'Changsha',
  'Hefei',
  'Kunming',
  'Guiyang',
  'Zhengzhou',
  'Harbin',
  'Lanzhou',
  'Nanning',
  'Fuzhou',
  'Xiamen',
  'Jinan',
  'Shenyang',
  'Dalian',
];
const COMPANIES = [
  'Tencent',
  'Lenovo',
  'ZTE',
  'Xiaomi',
  'BYD',
  'Baidu',
  'Inspur',
  'iFlytek',
  'SenseTime',
  'Haier',
  'Midea',
  'Geely',
  'NetEase',
  'Kingsoft',
  'Hikvision',
  'Sugon',
];
const PEOPLE = [
  'Zhang Wei',
  'Li Na',
  'Wang Fang',
  'Chen Jie',
  'Liu Yang',
  'Zhao Min',
  'Sun Li',
  'Zhou Tao',
  'Wu Hao',
  'Xu Lei',
  'Ma Lin',
  'Hu Jun',
];
/** Numbers of these facts are scaled; numbers that also occur in any other fact (dates, percentages) are not. */
const SCALED_KINDS: ReadonlySet<FactKind> = new Set(['money', 'count', 'quantity']);
const FACTORS = [2, 3, 4, 5, 6, 7, 8, 9];
/** Fields whose strings are identifiers, dates or enumerations: never rewritten. */
const KEEP_FIELDS = new Set([
  '$schema',
  'id',
  'published',
  'addedAt',
  'url',
  'date',
  'language',
  'kind',
  'text',
]);

/** One entity of the seed whose name (and capitalised aliases) each variant replaces with a name from `pool`. */
interface SwapTarget {
  names: string[];
  pool: string[];
}

export interface VariantPlan {
  seed: Brief;
  targets: SwapTarget[];
  /** Number texts (as the article writes them) that variants multiply by their factor. */
  scalable: string[];
}

export interface Variant {
  id: string;
  /** The brief as written to disk. */
  brief: Brief;
  /** The same swaps, for rewriting questions about the seed into questions about this variant. */
  rewrite: Rewrite;
}

interface Named {
  name: string;
  aliases: string[];
  sentences: number[];
}

/** Decides what the variants change: the most-mentioned place, two companies, two people, and the key figures. */
export function planVariants(seed: Brief): VariantPlan {
  const seen = JSON.stringify(seed);
  const unused = (pool: string[]) => pool.filter((name) => !seen.includes(name));
  const target = (pool: string[]) => (e: Named) => ({
    names: [e.name, ...e.aliases.filter((a) => a.length >= 3 && /^\p{Lu}/u.test(a))],
    pool: unused(pool),
  });
  const companies = seed.organisations.filter((o) =>
    /compan|corporat|firm|carmaker|manufacturer/i.test(o.kind ?? ''),
  );
  const targets = [
    ...topMentioned(seed.places, 1).map(target(CITIES)),
    ...topMentioned(companies, 2).map(target(COMPANIES)),
    ...topMentioned(seed.people, 2).map(target(PEOPLE)),
  ].filter((t) => !t.names.some((n) => /\d/.test(n)));

  const scaled = new Set<string>();
  const fixed = new Set<string>([
    ...numbersIn(seed.published),
    ...seed.events.flatMap((e) => numbersIn(e.date ?? '')),
  ]);
  for (const fact of seed.facts) {
    const into = SCALED_KINDS.has(fact.kind) ? scaled : fixed;
    for (const n of numbersIn(`${fact.value} ${fact.text ?? ''}`)) into.add(n);
  }
  const scalable = [...scaled].filter((n) => !fixed.has(n) && !/^(1[5-9]|20)\d\d$/.test(n));
  return { seed, targets, scalable };
}

function topMentioned<T extends Named>(items: readonly T[], count: number): T[] {
  return [...items].sort((a, b) => b.sentences.length - a.sentences.length).slice(0, count);
}

/** Variant `index` (1, 2, …) of the seed: same story, other names and figures, a new id and title. */
export function makeVariant(plan: VariantPlan, index: number): Variant {
  const random = seededRandom(0x9e3779b1 ^ index);
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const t of plan.targets) {
    const replacement = pickUnused(random, t.pool, taken);
    if (replacement === null) continue;
    taken.add(replacement);
    for (const name of t.names) names.set(name, replacement);
  }
  const factor = pick(random, FACTORS);
  const numbers = new Map(plan.scalable.map((n) => [n, scaleNumberText(n, factor)]));
  const rewrite = makeRewrite(names, numbers);
  const rewriteNumbers = makeRewrite(new Map(), numbers);

  const { seed } = plan;
  const data = rewriteStrings(seed, rewrite) as Record<string, unknown>;
  const firstSwap = [...taken][0] ?? 'variant';
  const id = `bench-${String(index).padStart(4, '0')}-${slug(firstSwap)}`;
  data.id = id;
  data.text = rewriteArticleText(seed.text, rewrite);
  data.facts = seed.facts.map((fact, i) => {
    const rewritten = (data.facts as Record<string, unknown>[])[i] ?? {};
    const scaledValue = rewriteNumbers(fact.value) !== fact.value;
    if (fact.number === undefined || !SCALED_KINDS.has(fact.kind) || !scaledValue) return rewritten;
    return { ...rewritten, number: Number((fact.number * factor).toPrecision(15)) };
  });
  const parsed = BriefSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`variant ${id} does not validate: ${first?.path.join('.')}: ${first?.message}`);
  }
  return { id, brief: parsed.data, rewrite };
}

function pickUnused(random: Random, pool: readonly string[], taken: ReadonlySet<string>): string | null {
  const free = pool.filter((name) => !taken.has(name));
  return free.length === 0 ? null : pick(random, free);
}

function rewriteStrings(value: unknown, rewrite: Rewrite): unknown {
  if (typeof value === 'string') return rewrite(value);
  if (Array.isArray(value)) return value.map((v) => rewriteStrings(v, rewrite));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, KEEP_FIELDS.has(k) ? v : rewriteStrings(v, rewrite)]),
    );
  }
  return value;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
