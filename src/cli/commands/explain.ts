/**
 * `partnership explain <spec>`: the reviewer's map. For each document the spec asks for, its sections
 * and schedules in order, each included or omitted, and the named conditions (with their values and the
 * spec fields they read) that decided it.
 */
import type { CommandModule } from 'yargs';
import type { DocumentKind } from '../../compose/index.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { parseDocumentList, type ListOption } from '../list-options.js';
import { countSeverities, formatDiagnostic, plural } from '../print.js';
import { formatExplanation } from '../print-explanation.js';

interface ExplainArgs {
  spec: string;
  documents?: ListOption;
  templates?: string;
  json: boolean;
}

/** The explain command, bound to one CLI run. */
export function explainCommand(context: CommandContext): CommandModule<object, ExplainArgs> {
  return {
    command: 'explain <spec>',
    describe: "List each document's sections and schedules, included or omitted, and the conditions that decided each",
    builder: (y) =>
      y
        .positional('spec', { type: 'string', demandOption: true, describe: 'Spec file (.yaml, .yml or .json)' })
        .option('documents', {
          type: 'string',
          describe:
            "Documents to explain, comma-separated (default: the spec's meta.documents), e.g. partnership_agreement",
        })
        .option('templates', {
          type: 'string',
          describe: 'Folder of your own templates; each replaces the built-in one of the same name',
        })
        .option('json', { type: 'boolean', default: false, describe: 'Print the map as JSON instead of a listing' })
        .example('$0 explain partnership.yaml', 'Why each section of each document is in or out')
        .example(
          '$0 explain partnership.yaml --documents partnership_agreement --json',
          "The agreement's map, for a program",
        ) as never,
    handler: async (args) => {
      const { loadSpec } = await import('../../spec/index.js');
      const { explainSpec } = await import('../../compose/index.js');
      const documents = args.documents
        ? ((await parseDocumentList(args.documents, args.templates)) as DocumentKind[])
        : undefined;
      const loaded = await loadSpec(args.spec);
      for (const d of loaded.diagnostics) context.output.err(formatDiagnostic(d, context.output.paint));
      if (loaded.spec === null) {
        const { errors, warnings } = countSeverities(loaded.diagnostics);
        context.output.err(`${args.spec}: invalid: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
        context.exitCode = EXIT.input;
        return;
      }
      const explanation = explainSpec(loaded.spec, {
        documents,
        templatesDir: args.templates,
        warnings: loaded.diagnostics.filter((d) => d.severity === 'warning'),
      });
      context.output.out(args.json ? JSON.stringify(explanation, null, 2) : formatExplanation(explanation));
      context.exitCode = EXIT.ok;
    },
  };
}
