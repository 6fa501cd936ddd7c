/** File I/O at the edge: walk input paths safely, read with a size limit, write outputs atomically. */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export interface WalkResult {
  files: string[];
  problems: Array<{ file: string; message: string }>;
}

const MAX_DEPTH = 32;

/** Files under the given paths (sorted, hidden files skipped), without following a symlink loop or going too deep. */
export function walkInputs(paths: string[]): WalkResult {
  const files: string[] = [];
  const problems: WalkResult['problems'] = [];
  const seen = new Set<string>();
  const visit = (p: string, depth: number) => {
    let real: string;
    let stat: fs.Stats;
    try {
      real = fs.realpathSync(p);
      stat = fs.statSync(real);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ file: p, message: code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symbolic link loop' : `cannot read (${code ?? 'error'})` });
      return;
    }
    if (stat.isDirectory()) {
      if (seen.has(real)) return;
      seen.add(real);
      if (depth > MAX_DEPTH) {
        problems.push({ file: p, message: `folder nested deeper than ${MAX_DEPTH} levels: skipped` });
        return;
      }
      let entries: string[];
      try {
        entries = fs.readdirSync(p).sort();
      } catch (e) {
        problems.push({ file: p, message: `cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
        return;
      }
      for (const name of entries) if (!name.startsWith('.')) visit(path.join(p, name), depth + 1);
    } else if (stat.isFile()) {
      if (!seen.has(real)) {
        seen.add(real);
        files.push(p);
      }
    }
  };
  for (const p of paths) visit(p, 0);
  return { files, problems };
}

/** Read a file, refusing one larger than `maxBytes`. */
export function readLimited(file: string, maxBytes: number): Uint8Array {
  const size = fs.statSync(file).size;
  if (size > maxBytes) throw new Error(`file is ${(size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(1)} MB limit (--max-input-size)`);
  return fs.readFileSync(file);
}

/** Write bytes to a temporary file in the target folder, then rename: readers see the old file or the new one, never half. */
export function writeAtomic(file: string, bytes: Uint8Array | string): void {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Remove temporary files left in `dir` by an earlier run that was killed (their process is gone). */
export function removeStaleTemporaries(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^\..+\.tmp-(\d+)-[0-9a-f]{8}$/.exec(name);
    if (!m || isRunning(Number(m[1]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
