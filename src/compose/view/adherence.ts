/**
 * The form of deed of adherence's execution (Schedule: form of deed of adherence): the joining
 * organisation's legal form is not known when the agreement is drawn, so the form lists how each legal
 * form executes a deed (from the execution-forms table, forms that execute alike grouped), and gives a
 * block with lines for two signatories and their witnesses, to be completed in the form that applies.
 */
import { EXECUTION_FORMS, type LegalForm } from '../../spec/index.js';
import { label } from './labels.js';
import { joinOr, withArticle } from './lists.js';
import type { SignatureView } from './signatures.js';

/** One way of executing the deed: the legal forms that use it, and who signs. */
export interface AdherenceForm {
  /** "a company limited by guarantee, a company limited by shares or a community interest company". */
  forms: string;
  /** "two directors (or a director and its secretary), or one director in the presence of a witness". */
  who: string;
}

/** The deed of adherence's execution: the forms, and the block to complete. */
export interface AdherenceView {
  forms: AdherenceForm[];
  block: SignatureView;
}

/** Describe the execution of the form of deed of adherence. */
export function buildAdherence(): AdherenceView {
  const groups = new Map<string, LegalForm[]>();
  for (const [form, executions] of Object.entries(EXECUTION_FORMS) as [
    LegalForm,
    (typeof EXECUTION_FORMS)[LegalForm],
  ][]) {
    const who = executions.deed.who;
    groups.set(who, [...(groups.get(who) ?? []), form]);
  }
  const blank = { name: null, jobTitle: null, date: null, witness: { name: null, occupation: null } };
  return {
    forms: [...groups].map(([who, forms]) => ({
      forms: joinOr(forms.map((f) => (f === 'other' ? 'any other body' : withArticle(label('legal_form', f))))),
      who,
    })),
    block: {
      capacity: 'Executed as a deed by',
      party: '[New Partner]',
      terms: 'acting by [the signatories its legal form requires, as listed above]',
      signers: [blank, blank],
    },
  };
}
