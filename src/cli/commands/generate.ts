/**
 * `partnership generate <spec…>`: validate each spec, compose its documents, render every format, and
 * write them atomically under `<out>/<spec_id>/<version>/`.
 */
import type { CommandModule } from 'yargs';
import type { CommandContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { generateSpec, type GenerateRequest } from '../generate-spec.js';
import { parseDocumentList, parseFormatList } from '../list-options.js';

interface GenerateArgs {
  spec: string[];
  out: string;
  format: string[];
  documents?: string[];
  templates?: string;
  strict: boolean;
}

/** The generate command, bound to one CLI run. */
export function generateCommand(context: CommandContext): CommandModule<object, GenerateArgs> {
  return {
    command: 'generate <spec..>',
    describe: "Write a spec's documents as Word, PDF and text",
    builder: (y) =>
      y
        .positional('spec', {
          type: 'string',
          array: true,
          demandOption: true,
          describe: 'Spec files (.yaml, .yml or .json)',
        })
        .option('out', {
          type: 'string',
          default: 'output',
          describe: 'Folder to write into; files go to <out>/<spec_id>/<version>/',
        })
        .option('format', {
          type: 'string',
          array: true,
          default: ['docx', 'pdf', 'txt'],
          describe: 'Formats, comma-separated or repeated: docx, pdf, txt',
        })
        .option('documents', {
          type: 'string',
          array: true,
          describe:
            "Documents to write, comma-separated (default: the spec's meta.documents), e.g. partnership_agreement",
        })
        .option('templates', {
          type: 'string',
          describe: 'Folder of your own templates; each replaces the built-in one of the same name',
        })
        .option('strict', {
          type: 'boolean',
          default: false,
          describe: 'Refuse to generate when the spec has warnings',
        })
        .example('$0 generate partnership.yaml', 'Every document the spec lists, in all three formats, into output/')
        .example(
          '$0 generate partnership.yaml --documents partnership_agreement --format pdf',
          'Just the agreement as PDF',
        ) as never,
    handler: async (args) => {
      const formats = await parseFormatList(args.format);
      const documents = args.documents ? await parseDocumentList(args.documents, args.templates) : null;
      let failed = 0;
      for (const file of args.spec) {
        const request: GenerateRequest = {
          file,
          out: args.out,
          formats,
          documents,
          templatesDir: args.templates,
          strict: args.strict,
        };
        const ok = await generateSpec(request, context.output);
        if (!ok) failed += 1;
      }
      context.exitCode = failed === 0 ? EXIT.ok : EXIT.input;
    },
  };
}
