/**
 * `partnership diff <old> <new>`: what changed between two versions of a spec, in plain language grouped
 * by the spec's sections, or as typed records with `--json`. Both specs are validated first; an invalid
 * one is reported, never diffed.
 */
import type { CommandModule } from 'yargs';
import type { FileToWrite } from '../../batch/index.js';
import type { PartnershipSpec } from '../../spec/index.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { countSeverities, formatDiagnostic, plural } from '../print.js';
import { formatSpecDiff } from '../print-spec-diff.js';
import { parseDocumentList, parseFormatList, type ListOption } from '../list-options.js';
import { checkOutputFile, prepareOutputFolder } from '../output-paths.js';
import { renderRedlines } from '../render-redlines.js';

interface DiffArgs {
  old: string;
  new: string;
  json: boolean;
  redline?: string;
  documents?: ListOption;
  format: ListOption;
  author?: string;
  templates?: string;
  'draft-addendum'?: string;
}

/** Both specs, or null after reporting why one cannot be diffed. */
async function loadBoth(files: readonly string[], context: CommandContext): Promise<PartnershipSpec[] | null> {
  const { loadSpec } = await import('../../spec/index.js');
  const specs: PartnershipSpec[] = [];
  let invalid = false;
  for (const file of files) {
    const loaded = await loadSpec(file);
    for (const d of loaded.diagnostics) if (d.severity === 'error') context.output.err(formatDiagnostic(d));
    if (loaded.spec === null) {
      const { errors } = countSeverities(loaded.diagnostics);
      context.output.err(`${file}: invalid: ${plural(errors, 'error')}; not compared`);
      invalid = true;
    } else specs.push(loaded.spec);
  }
  return invalid ? null : specs;
}

/**
 * A line saying the two files are not an old and a new version of one partnership, or null. The diff and
 * the redline still run (comparing two partnerships, or looking back, can be what the reviewer wants),
 * but the marks read from <old> to <new>, so a pair given the wrong way round is worth a word.
 */
async function pairNote(old: PartnershipSpec, next: PartnershipSpec, files: { old: string; new: string }) {
  if (old.meta.spec_id !== next.meta.spec_id) {
    return `note: ${files.old} and ${files.new} are different partnerships (meta.spec_id \`${old.meta.spec_id}\` and \`${next.meta.spec_id}\`); the changes read from one to the other`;
  }
  const { compareVersions } = await import('../../addendum/index.js');
  if (compareVersions(next.meta.version, old.meta.version) < 0) {
    return `note: ${files.new} (version ${next.meta.version}) is earlier than ${files.old} (${old.meta.version}), so the changes read backwards: are the two files the wrong way round?`;
  }
  return null;
}

/** The diff command, bound to one CLI run. */
export function diffCommand(context: CommandContext): CommandModule<object, DiffArgs> {
  return {
    command: 'diff <old> <new>',
    describe: 'Say what changed between two versions of a spec, in plain language',
    builder: (y) =>
      y
        .positional('old', { type: 'string', demandOption: true, describe: 'The earlier spec file' })
        .positional('new', { type: 'string', demandOption: true, describe: 'The later spec file' })
        .option('json', {
          type: 'boolean',
          default: false,
          describe: 'Print the changes as JSON records (path, label, before, after)',
        })
        .option('redline', {
          type: 'string',
          describe: 'Also write each document as a redline into this folder: <dir>/<document>-redline.<ext>',
        })
        .option('documents', {
          type: 'string',
          describe: "Documents to redline, comma-separated (default: the new spec's meta.documents)",
        })
        .option('format', {
          type: 'string',
          default: 'docx,pdf,txt',
          describe: 'Redline formats, comma-separated or repeated: docx, pdf, txt',
        })
        .option('author', {
          type: 'string',
          describe: "Who the tracked changes are attributed to (default: the new spec's preparing member)",
        })
        .option('draft-addendum', {
          type: 'string',
          describe:
            'Also write an addendum spec turning <old> into <new> to this file, its decision and funder consent left "TO COMPLETE"',
        })
        .option('templates', {
          type: 'string',
          describe: 'Folder of your own templates; each replaces the built-in one of the same name',
        })
        .example('$0 diff v2.0.yaml v2.1.yaml', 'What changed, grouped by section')
        .example('$0 diff v2.0.yaml v2.1.yaml --redline review/', 'And a Word, PDF and text redline of each document')
        .example(
          '$0 diff v2.0.yaml v2.1.yaml --draft-addendum addendum-1.yaml',
          'And a draft addendum making the change; complete it, then run `partnership addendum`',
        ) as never,
    handler: async (args) => {
      const formats = await parseFormatList(args.format);
      const documents = args.documents ? await parseDocumentList(args.documents, args.templates) : null;
      const draftFile = args['draft-addendum'];
      if (args.redline !== undefined) prepareOutputFolder('redline', args.redline, 'review');
      if (draftFile !== undefined) checkOutputFile('draft-addendum', draftFile);
      const specs = await loadBoth([args.old, args.new], context);
      if (specs === null) {
        context.exitCode = EXIT.input;
        return;
      }
      const [before, after] = specs as [PartnershipSpec, PartnershipSpec];
      // Drafted before anything is printed: a pair no addendum can join is refused with one line.
      let draft: string | null = null;
      if (draftFile !== undefined) {
        const { draftAddendum } = await import('../../addendum/index.js');
        draft = draftAddendum(before, after, { old: args.old, new: args.new });
      }
      const note = await pairNote(before, after, { old: args.old, new: args.new });
      if (note !== null) context.output.err(note);
      const { diffSpecs } = await import('../../diff/index.js');
      const changes = diffSpecs(before, after);
      context.output.out(
        args.json ? JSON.stringify({ changes }, null, 2) : formatSpecDiff(changes, args.old, args.new),
      );
      // The redlines and the draft are written together, once all rendered: all of them or none.
      const files: FileToWrite[] = [];
      if (args.redline !== undefined) {
        const request = { documents, author: args.author, templatesDir: args.templates };
        files.push(...(await renderRedlines(before, after, request, formats, args.redline)));
      }
      const redlines = files.length;
      if (draftFile !== undefined && draft !== null) files.push({ path: draftFile, bytes: draft });
      const { writeFilesAtomic } = await import('../../batch/index.js');
      await writeFilesAtomic(files);
      if (args.redline !== undefined)
        context.output.err(`wrote ${plural(redlines, 'redline file')} to ${args.redline}`);
      if (draftFile !== undefined) {
        context.output.err(`wrote a draft addendum to ${draftFile}: complete its fields marked "TO COMPLETE"`);
      }
      context.exitCode = EXIT.ok;
    },
  };
}
