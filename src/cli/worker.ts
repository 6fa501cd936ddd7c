/**
 * A worker thread of `brief build` and `brief extract`: reads batches of input files into Reviews, and renders
 * briefs with the writers. It answers each request in the order received; see `worker-pool.ts` for the other side.
 */
import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from '../extract/knowledge/index.js';
import { WRITERS } from '../render/writers/registry.js';
import { processFile } from './file-outcome.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  switch (request.type) {
    case 'files': {
      const k = loadKnowledge();
      return { id: request.id, ok: true, outcomes: request.inputs.map((input) => processFile(input, request.options, k)) };
    }
    case 'write': {
      const writer = WRITERS.find((w) => w.format === request.format);
      if (writer === undefined) throw new Error(`no writer for ${request.format}`);
      const bytes = await writer.render(request.doc, request.options);
      // A view into a larger (possibly pooled) buffer is copied out, so only its own bytes are handed over.
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      return { id: request.id, ok: true, bytes: whole ? bytes : bytes.slice() };
    }
  }
}

const port = parentPort;
if (port !== null) {
  let queue = Promise.resolve();
  port.on('message', (request: WorkerRequest) => {
    queue = queue.then(async () => {
      try {
        const reply = await answer(request);
        port.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []);
      } catch (e) {
        port.postMessage({ id: request.id, ok: false, message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack ?? '' } satisfies WorkerReply);
      }
    });
  });
}
