/**
 * `partnership addendum <base> <addendum>`: apply an addendum spec to the spec it changes, check R48 and
 * every rule on the result, and write the Addendum (and, if asked, the consolidated spec and the
 * conformed agreement). Every file is rendered before any is written, and each is written atomically,
 * so a failure leaves the output folder as it was.
 */
import { readFileSync } from 'node:fs';
import type { CommandModule } from 'yargs';
import type { Diagnostic } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { parseFormatList, type ListOption } from '../list-options.js';
import { checkOutputFile, prepareOutputFolder } from '../output-paths.js';
import { countSeverities, formatDiagnostic, plural } from '../print.js';

interface AddendumArgs {
  base: string;
  addendum: string;
  out: string;
  format: ListOption;
  'write-consolidated'?: string;
  conformed: boolean;
  templates?: string;
}

/** The addendum command, bound to one CLI run. */
export function addendumCommand(context: CommandContext): CommandModule<object, AddendumArgs> {
  return {
    command: 'addendum <base> <addendum>',
    describe: 'Apply an addendum to the spec it changes and write the Addendum as Word, PDF and text',
    builder: (y) =>
      y
        .positional('base', {
          type: 'string',
          demandOption: true,
          describe: 'The spec the addendum changes: the agreement, or its consolidated spec after earlier addenda',
        })
        .positional('addendum', {
          type: 'string',
          demandOption: true,
          describe: 'The addendum spec (kind: addendum_spec), naming that spec and version under `base`',
        })
        .option('out', {
          type: 'string',
          default: 'output',
          describe: 'Folder to write into; files go to <out>/<spec_id>/<resulting_version>/addendum-<number>.<ext>',
        })
        .option('format', {
          type: 'string',
          default: 'docx,pdf,txt',
          describe: 'Formats, comma-separated or repeated: docx, pdf, txt',
        })
        .option('write-consolidated', {
          type: 'string',
          describe:
            'Also write the consolidated spec (the base with the changes made) as YAML to this file, keeping the base file’s comments and order; it is the base of the next addendum',
        })
        .option('conformed', {
          type: 'boolean',
          default: false,
          describe:
            'Also write the agreement as amended, marked "as amended by Addendum No. N": partnership-agreement-conformed.<ext>',
        })
        .option('templates', {
          type: 'string',
          describe: 'Folder of your own templates; each replaces the built-in one of the same name',
        })
        .example('$0 addendum whec.yaml whec-addendum-1.yaml', 'Check the addendum and write it into output/')
        .example(
          '$0 addendum whec.yaml whec-addendum-1.yaml --write-consolidated whec-1.1.0.yaml --conformed',
          'And the consolidated spec, and the agreement as amended',
        )
        .example(
          '$0 addendum whec-1.1.0.yaml whec-addendum-2.yaml',
          'The next addendum applies to the consolidated spec the last one wrote',
        )
        .epilogue(
          'The addendum is refused (exit 1, nothing written) when its decision, votes, funder consent, number or base version do not meet R48, or when the agreement as amended breaks a rule; each problem is reported at its line in the addendum file.',
        ) as never,
    handler: async (args) => {
      const formats = await parseFormatList(args.format);
      prepareOutputFolder('out', args.out, 'output');
      if (args['write-consolidated'] !== undefined) checkOutputFile('write-consolidated', args['write-consolidated']);
      const { loadSpec, loadAddendum } = await import('../../spec/index.js');
      const base = await loadSpec(args.base);
      const read = loadAddendum(args.addendum);
      const found: Diagnostic[] = [...base.diagnostics, ...read.diagnostics];
      let applied = null;
      if (base.spec !== null && read.addendum !== null) {
        const { applyAddendum } = await import('../../addendum/index.js');
        const result = applyAddendum(read.addendum, base.spec, { file: args.addendum, locate: read.locate });
        found.push(...result.diagnostics);
        applied = result.consolidated;
      }
      for (const d of found) context.output.err(formatDiagnostic(d, context.output.paint));
      if (applied === null || base.spec === null || read.addendum === null) {
        const { errors } = countSeverities(found);
        context.output.err(`addendum not applied: ${plural(errors, 'error')}; nothing written`);
        context.exitCode = EXIT.input;
        return;
      }
      const { renderAddendum, consolidatedYaml } = await import('../../addendum/index.js');
      const files = await renderAddendum({
        addendum: read.addendum,
        base: base.spec,
        consolidated: applied,
        out: args.out,
        formats,
        conformed: args.conformed,
        ...(args.templates === undefined ? {} : { templatesDir: args.templates }),
      });
      const target = args['write-consolidated'];
      if (target !== undefined) {
        const text = consolidatedYaml(readFileSync(args.base, 'utf8'), base.spec, applied);
        files.push({ path: target, bytes: new TextEncoder().encode(text) });
      }
      const { writeFilesAtomic } = await import('../../batch/index.js');
      await writeFilesAtomic(files);
      const { spec_id, version } = applied.meta;
      context.output.err(
        `${spec_id} ${read.addendum.base.version} → ${version}: wrote ${plural(files.length, 'file')}${
          target === undefined ? '' : `, the consolidated spec to ${target}`
        }`,
      );
      for (const file of files) context.output.out(file.path);
      context.exitCode = EXIT.ok;
    },
  };
}
