/**
 * `partnership validate <spec…>`: check specs against the schema and the cross-field rules, and say
 * precisely what is wrong and where.
 */
import type { CommandModule } from 'yargs';
import type { Diagnostic } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { countSeverities, formatDiagnostic, plural } from '../print.js';

interface ValidateArgs {
  spec: string[];
  strict: boolean;
  json: boolean;
}

/** The validate command, bound to one CLI run. */
export function validateCommand(context: CommandContext): CommandModule<object, ValidateArgs> {
  return {
    command: 'validate <spec..>',
    describe: 'Check one or more specs (or addenda) and report every problem at file:line:col',
    builder: (y) =>
      y
        .positional('spec', {
          type: 'string',
          array: true,
          demandOption: true,
          describe: 'Spec or addendum files (.yaml, .yml or .json)',
        })
        .option('strict', {
          type: 'boolean',
          default: false,
          describe: 'Treat warnings as errors (exit 1 on any warning)',
        })
        .option('json', { type: 'boolean', default: false, describe: 'Print the diagnostics as JSON instead of lines' })
        .example('$0 validate partnership.yaml', 'Check one spec')
        .example('$0 validate --strict specs/*.yaml', 'Check many; warnings fail too') as never,
    handler: async (args) => {
      const { loadAnySpec } = await import('../../spec/index.js');
      const reports: { file: string; valid: boolean; diagnostics: Diagnostic[] }[] = [];
      for (const file of args.spec) {
        const result = await loadAnySpec(file);
        const counts = countSeverities(result.diagnostics);
        const valid = counts.errors === 0 && (!args.strict || counts.warnings === 0);
        reports.push({ file, valid, diagnostics: result.diagnostics });
      }
      const all = reports.flatMap((r) => r.diagnostics);
      const { errors, warnings } = countSeverities(all);
      const failed = reports.filter((r) => !r.valid).length;
      if (args.json) {
        context.output.out(JSON.stringify({ valid: failed === 0, strict: args.strict, files: reports }, null, 2));
      } else {
        for (const d of all) context.output.err(formatDiagnostic(d, context.output.paint));
        const checked = plural(reports.length, 'spec');
        const verdict = failed === 0 ? `${checked} valid` : `${failed} of ${checked} invalid`;
        const strictNote = args.strict && warnings > 0 ? ' (--strict: warnings count as errors)' : '';
        context.output.err(`${verdict}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${strictNote}`);
      }
      context.exitCode = failed === 0 ? EXIT.ok : EXIT.input;
    },
  };
}
