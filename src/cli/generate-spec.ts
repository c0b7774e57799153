/**
 * Runs one spec through the batch stage and tells the user what happened: diagnostics first, then the
 * files written (only when the whole pack rendered).
 */
import type { Output } from './print.js';
import { countSeverities, formatDiagnostic, plural } from './print.js';

export type { PackRequest as GenerateRequest } from '../batch/index.js';
import type { PackRequest } from '../batch/index.js';

/** Generate one spec's documents; true when every file was written. */
export async function generateSpec(request: PackRequest, output: Output): Promise<boolean> {
  const { renderPack, writeFileAtomic } = await import('../batch/index.js');
  const result = await renderPack(request);
  for (const d of result.diagnostics) output.err(formatDiagnostic(d));
  const { errors, warnings } = countSeverities(result.diagnostics);
  if (!result.ok) {
    const why = errors > 0 ? plural(errors, 'error') : `${plural(warnings, 'warning')} (--strict)`;
    output.err(`${request.file}: nothing written: ${why}`);
    return false;
  }
  for (const file of result.files) await writeFileAtomic(file.path, file.bytes);
  const tail = warnings > 0 ? ` (${plural(warnings, 'warning')})` : '';
  output.out(`${request.file}: wrote ${plural(result.files.length, 'file')} to ${result.folder}${tail}`);
  return true;
}
