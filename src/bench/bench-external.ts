/** The external baseline: the analyst brief's HTML through pandoc to DOCX, then that DOCX through LibreOffice to PDF. */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { timedSpawn, which, type SpawnResult } from './bench-spawn.js';

export interface ExternalResult {
  /** Why a row was skipped (a tool is missing or failed, or --skip-external). */
  skipped: string[];
  pandocMs: number | null;
  sofficeMs: number | null;
  oursDocxMs: number;
  oursPdfMs: number;
  /** (pandoc + soffice) / (our DOCX + PDF writers); null unless both tools ran. */
  ratio: number | null;
}


function failure(tool: string, r: SpawnResult, out: string): string | null {
  if (r.error) return `${tool} failed: ${r.error}`;
  if (r.status !== 0) return `${tool} failed: exit ${r.status}: ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`;
  if (!fs.existsSync(out)) return `${tool} wrote no ${path.basename(out)}`;
  return null;
}

/** Convert `analystHtml` with pandoc and soffice in `workDir`, timing each, against our writer times. */
export async function runExternal(analystHtml: string, workDir: string, ours: { docx: number; pdf: number }, timeoutMs = 240_000): Promise<ExternalResult> {
  const TIMEOUT_MS = timeoutMs;
  const result: ExternalResult = { skipped: [], pandocMs: null, sofficeMs: null, oursDocxMs: ours.docx, oursPdfMs: ours.pdf, ratio: null };
  fs.mkdirSync(workDir, { recursive: true });
  const pandoc = which('pandoc');
  const soffice = which('soffice') ?? which('libreoffice');
  if (!pandoc) {
    result.skipped.push('pandoc not found: pandoc DOCX and soffice PDF rows skipped');
    return result;
  }
  const docx = path.join(workDir, 'analyst-pandoc.docx');
  const p = await timedSpawn(pandoc, [analystHtml, '-o', docx], { cwd: workDir, timeout: TIMEOUT_MS });
  const pandocProblem = failure('pandoc', p, docx);
  if (pandocProblem) {
    result.skipped.push(`${pandocProblem}: pandoc DOCX and soffice PDF rows skipped`);
    return result;
  }
  result.pandocMs = p.ms;
  if (!soffice) {
    result.skipped.push('soffice not found: soffice PDF row skipped');
    return result;
  }
  // A private, throwaway profile; LibreOffice creates it on first start, so a small warm-up
  // conversion pays that once and the timed run measures the conversion a regular user sees.
  const profile = pathToFileURL(path.join(workDir, 'lo-profile')).href;
  const sofficeArgs = (file: string) => ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', workDir, file];
  const warmHtml = path.join(workDir, 'warm-up.html');
  const warmDocx = path.join(workDir, 'warm-up.docx');
  fs.writeFileSync(warmHtml, '<p>warm-up</p>\n');
  await timedSpawn(pandoc, [warmHtml, '-o', warmDocx], { cwd: workDir, timeout: TIMEOUT_MS });
  await timedSpawn(soffice, sofficeArgs(warmDocx), { cwd: workDir, timeout: TIMEOUT_MS });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const s = await timedSpawn(soffice, sofficeArgs(docx), { cwd: workDir, timeout: TIMEOUT_MS });
  const sofficeProblem = failure('soffice', s, pdf);
  if (sofficeProblem) {
    result.skipped.push(`${sofficeProblem}: soffice PDF row skipped`);
    return result;
  }
  result.sofficeMs = s.ms;
  result.ratio = (p.ms + s.ms) / (ours.docx + ours.pdf);
  return result;
}
