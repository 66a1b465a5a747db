import { parentPort } from 'node:worker_threads';
import { type IngestJob, READY, runIngestJob } from './ingest-job.js';

/**
 * The worker side of the ingest pool: reads each article it is sent and answers with the brief or the
 * reason it failed. A job that runs past its budget is not stopped here; the pool ends the whole worker.
 */
parentPort?.on('message', async (job: IngestJob) => {
  parentPort?.postMessage(await runIngestJob(job));
});
// Loaded and listening: from here on, the time an article takes is the article's, not the worker's start.
parentPort?.postMessage(READY);
