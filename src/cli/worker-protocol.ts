/** The messages between the CLI's main thread and its worker threads. */
import type { BriefDocument } from '../model/ir.js';
import type { WriterOptions } from '../render/writers/registry.js';
import type { FileOutcome, InputFile, ReadOptions } from './file-outcome.js';

export type WorkerRequest =
  | { readonly type: 'files'; readonly id: number; readonly inputs: readonly InputFile[]; readonly options: ReadOptions }
  | { readonly type: 'write'; readonly id: number; readonly format: string; readonly doc: BriefDocument; readonly options: WriterOptions };

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly outcomes: FileOutcome[] }
  | { readonly id: number; readonly ok: true; readonly bytes: Uint8Array }
  | { readonly id: number; readonly ok: false; readonly message: string; readonly stack: string };
