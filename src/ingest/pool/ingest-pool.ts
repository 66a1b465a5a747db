import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleInput } from '../article-input.js';
import { type IngestJob, type IngestResult, jobOrigin, READY } from './ingest-job.js';

/** How long one article may take, reading and parsing included; a news article needs a few milliseconds. */
export const INGEST_BUDGET_MS = 2_000;
/** A worker's heap; an input that needs more is stopped instead of swelling the process. */
const WORKER_HEAP_MB = 512;
const MAX_WORKERS = 4;

export interface IngestPoolOptions {
  /** Workers at most (default: one per core, at most 4); they start as work arrives. */
  size?: number;
  budgetMs?: number;
}

export interface IngestPool {
  /** Reads an article file into a brief; resolves with the brief or why the file cannot be one. */
  file(path: string): Promise<IngestResult>;
  input(input: ArticleInput): Promise<IngestResult>;
  /** Stops the workers; work not yet done resolves as failed. */
  close(): Promise<void>;
}

interface Task {
  job: IngestJob;
  done: (result: IngestResult) => void;
}

interface Slot {
  worker: Worker;
  /** Loaded and listening; until then a task given to it waits, and its budget has not started. */
  ready: boolean;
  task?: Task | undefined;
  timer?: NodeJS.Timeout | undefined;
  gone?: boolean;
}

/**
 * Articles are read in worker threads, off the event loop that answers chat: a hostile or enormous input
 * costs one worker at most `budgetMs`, after which that worker is ended (the only way to stop synchronous
 * work) and replaced, the article fails with a clear reason, and the articles queued behind it go on.
 */
export function createIngestPool(options: IngestPoolOptions = {}): IngestPool {
  const size = Math.max(1, options.size ?? Math.min(availableParallelism(), MAX_WORKERS));
  const budgetMs = options.budgetMs ?? INGEST_BUDGET_MS;
  const queue: Task[] = [];
  const idle: Slot[] = [];
  const slots = new Set<Slot>();
  let closed = false;

  const enqueue = (job: IngestJob) =>
    new Promise<IngestResult>((done) => {
      if (closed) return done(stopped(job));
      queue.push({ job, done });
      dispatch();
    });

  function dispatch(): void {
    while (queue.length > 0 && !closed) {
      const slot = takeIdle() ?? (slots.size < size ? spawn() : undefined);
      if (!slot) return;
      run(slot, queue.shift() as Task);
    }
  }

  /** An idle worker, a loaded one first. */
  function takeIdle(): Slot | undefined {
    const loaded = idle.findIndex((slot) => slot.ready);
    return idle.splice(loaded === -1 ? 0 : loaded, 1)[0];
  }

  function spawn(): Slot {
    const worker = new Worker(workerScript(), {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    // Idle until given work: an idle worker must not keep a finished CLI run alive.
    worker.unref();
    const slot: Slot = { worker, ready: false };
    slots.add(slot);
    worker.on('message', (message: IngestResult | typeof READY) => {
      if (message !== READY) return finish(slot, message);
      slot.ready = true;
      if (slot.task) start(slot, slot.task);
    });
    worker.on('error', (error) => lose(slot, crashReason(error)));
    worker.on('exit', () => lose(slot, 'stopped the reader unexpectedly; try it again on its own'));
    return slot;
  }

  function run(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    if (slot.ready) start(slot, task);
  }

  function start(slot: Slot, task: Task): void {
    slot.timer = setTimeout(() => {
      lose(slot, overBudget(budgetMs));
      void slot.worker.terminate();
    }, budgetMs);
    slot.worker.postMessage(task.job);
  }

  function finish(slot: Slot, result: IngestResult): void {
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    slot.worker.unref();
    idle.push(slot);
    task?.done(result);
    dispatch();
  }

  function lose(slot: Slot, reason: string): void {
    if (slot.gone) return;
    slot.gone = true;
    clearTimeout(slot.timer);
    slots.delete(slot);
    const at = idle.indexOf(slot);
    if (at !== -1) idle.splice(at, 1);
    if (!slot.task) return;
    slot.task.done({ origin: jobOrigin(slot.task.job), reason });
    // A replacement starts now, not when the next article comes: loading a worker takes a few hundred ms.
    if (!closed) idle.push(spawn());
    dispatch();
  }

  return {
    file: (path) => enqueue({ file: path }),
    input: (input) => enqueue({ input }),
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.done(stopped(task.job));
      const ending = [...slots];
      for (const slot of ending) lose(slot, STOPPED);
      await Promise.all(ending.map((slot) => slot.worker.terminate()));
    },
  };
}

function overBudget(budgetMs: number): string {
  const limit = budgetMs % 1000 === 0 ? `${budgetMs / 1000} s` : `${budgetMs} ms`;
  return (
    `took over ${limit} to read and was stopped (the limit for one article); a news article takes a ` +
    'fraction of that, so this is likely not one article: split it or trim it'
  );
}

function crashReason(error: Error & { code?: string }): string {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `needed over ${WORKER_HEAP_MB} MB to read and was stopped; split it or trim it`;
  }
  return `could not be read: ${(error.message.split('\n')[0] ?? '').slice(0, 200)}`;
}

const STOPPED = 'was not read: ingest was stopped';

function stopped(job: IngestJob): IngestResult {
  return { origin: jobOrigin(job), reason: STOPPED };
}

/**
 * The worker's script: beside this module in the source tree, or beside the bundle that holds this code
 * (`dist/ingest-worker.js`). From source (the tests, `npm run cli`) the worker first registers tsx, which a
 * worker does not inherit from the process that started it.
 */
function workerScript(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./ingest-worker.js', import.meta.url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./ingest-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}
