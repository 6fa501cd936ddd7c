/**
 * Worker threads for the CPU-bound stages, so a run uses every core: reading and extracting inputs, then rendering
 * the briefs. The main thread works too; each worker takes requests one at a time.
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BriefDocument } from '../model/ir.js';
import type { WriterOptions } from '../render/writers/registry.js';
import type { FileOutcome, InputFile, ReadOptions } from './file-outcome.js';
import { UsageError } from './errors.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

type Pending = { resolve: (reply: WorkerReply & { ok: true }) => void; reject: (e: Error) => void };
type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** A worker thread with a promise per request. */
export class WorkerHandle {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(script: URL) {
    this.worker = new Worker(script);
    this.worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply);
      else waiting?.reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
    });
    this.worker.on('error', (e) => this.failAll(e));
    this.worker.on('exit', (code) => this.failAll(new Error(`worker thread stopped (exit code ${code})`)));
  }

  /** Reads and extracts `inputs` in the worker. */
  async files(inputs: readonly InputFile[], options: ReadOptions): Promise<FileOutcome[]> {
    const reply = await this.send({ type: 'files', inputs, options });
    if (!('outcomes' in reply) || reply.outcomes.length !== inputs.length) throw new Error('worker thread answered a batch of files with something else');
    return reply.outcomes;
  }

  /** Renders `doc` with the `format` writer in the worker. */
  async write(format: string, doc: BriefDocument, options: WriterOptions): Promise<Uint8Array> {
    const reply = await this.send({ type: 'write', format, doc, options });
    if (!('bytes' in reply)) throw new Error(`worker thread answered a ${format} job with something else`);
    return reply.bytes;
  }

  async close(): Promise<void> {
    this.pending.clear();
    await this.worker.terminate();
  }

  private send(request: Request): Promise<WorkerReply & { ok: true }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  private failAll(e: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(e);
    this.pending.clear();
  }
}

/** The compiled worker script, or null when running from the TypeScript sources (tests), where threads aren't used. */
function workerScript(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return fs.existsSync(fileURLToPath(url)) ? url : null;
}

/** How many threads a run may use: `--jobs`, else one per core. */
export function threadCount(jobs: number | undefined): number {
  if (jobs === undefined) return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not ${jobs}`);
  return jobs;
}

/** Fewer inputs than this are read on the main thread alone: a thread's start-up would cost more than it saves. */
const MIN_FILES_FOR_THREADS = 48;

/** The worker threads of one run: started when a run turns out big enough, closed at its end. */
export class Threads {
  private handles: WorkerHandle[] = [];

  /** `count` threads in all, the main thread included. */
  constructor(private readonly count: number) {}

  /** Workers to read `files` inputs alongside the main thread: none for small runs or a single thread. */
  forFiles(files: number): readonly WorkerHandle[] {
    const script = workerScript();
    if (this.handles.length === 0 && script !== null && this.count > 1 && files >= MIN_FILES_FOR_THREADS) {
      this.handles = Array.from({ length: this.count - 1 }, () => new WorkerHandle(script));
    }
    return this.handles;
  }

  /** The workers started so far (the writers use them when reading did). */
  get started(): readonly WorkerHandle[] {
    return this.handles;
  }

  async close(): Promise<void> {
    await Promise.all(this.handles.map((w) => w.close()));
    this.handles = [];
  }
}
