/**
 * A spec → the DocumentMeta of one of its documents: what the cover, the running footer and the file
 * properties say. The tool version comes from the package's own package.json, read once per process.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';
import type { DocumentMeta } from '../model/index.js';
import type { PartnershipSpec } from '../spec/index.js';
import type { DocumentInstance } from './documents/index.js';
import { formatDate } from './view/dates.js';

let version: string | undefined;

/**
 * The version of partnership-docs, from its package.json (found from the package folder, however the code is laid
 * out).
 */
export function toolVersion(): string {
  if (version === undefined) {
    const manifest = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version?: unknown };
    version = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  }
  return version;
}

/**
 * What the document `instance` composed from `spec` says about itself.
 * @param templateHash the hash of the template set it is composed with
 */
export function documentMeta(spec: PartnershipSpec, instance: DocumentInstance, templateHash: string): DocumentMeta {
  const { title } = instance;
  const partnership = spec.partnership.name;
  const preparer = spec.members.find((member) => member.id === spec.meta.prepared_by_member);
  return {
    title,
    partnership,
    shortName: spec.partnership.short_name ?? null,
    specId: spec.meta.spec_id,
    version: spec.meta.version,
    status: spec.meta.status,
    date: spec.meta.prepared_date,
    dateText: formatDate(spec.meta.prepared_date),
    supersedes: spec.meta.supersedes ?? null,
    documentId: `${spec.meta.spec_id}/${spec.meta.version}/${instance.name}`,
    subject: `${title} of ${partnership}`,
    creator: preparer?.legal_name ?? partnership,
    toolVersion: toolVersion(),
    templateHash,
    language: 'en-GB',
  };
}
