import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composePack, loadSpec, redlineDocument, type Document, type PartnershipSpec } from '../../src/index.js';
import type { NumberedDocument } from '../../src/model/index.js';
import { visit, type Node } from '../../src/model/index.js';

const TEMPLATES = 'templates';

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return templateFiles(path);
    return entry.name.endsWith('.hbs') ? [path] : [];
  });
}

/** Every `{#…}` id in a template line, Handlebars expressions and all: `{#mou-roles-{{id}} }` → `mou-roles-{{id}}`. */
function idsIn(line: string): string[] {
  return [...line.matchAll(/\{#((?:[^\s{}]|\{\{[^}]*\}\})+)[ \t]*\}/g)].map((m) => m[1]!);
}

async function spec(file: string): Promise<PartnershipSpec> {
  const loaded = await loadSpec(file);
  if (loaded.spec === null) throw new Error(`${file} is invalid`);
  return loaded.spec;
}

/** The node with `id` (a clause or section), or a table holding a row keyed `id`. */
function find(doc: Document, id: string): Node | undefined {
  let found: Node | undefined;
  visit(doc, (n) => {
    if (found) return;
    if ((n.type === 'clause' || n.type === 'section') && n.id === id) found = n;
    if (n.type === 'table' && n.rowIds?.includes(id)) found = n;
  });
  return found;
}

/** Whether anything under `node` is marked as a change. */
function marked(node: Node): boolean {
  let any = false;
  visit(node, (n) => {
    if (n.type === 'insertion' || n.type === 'deletion' || n.type === 'changed') any = true;
    if (n.type === 'listItem' && n.change !== undefined) any = true;
    if (n.type === 'table' && n.rowChanges?.some((c) => c !== null)) any = true;
  });
  return any;
}

describe('template ids', () => {
  it('should never depend on the position of an item in a loop', () => {
    const positional: string[] = [];
    let ids = 0;
    for (const file of templateFiles(TEMPLATES)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const id of idsIn(line)) {
            ids += 1;
            if (/@(index|key|first|last)\b|\.\.\//.test(id)) positional.push(`${file}:${i + 1}: {#${id}}`);
          }
        });
    }
    expect(ids).toBeGreaterThan(100);
    expect(positional).toEqual([]);
  });
});

// The old version has one more member, first in every list; the new version is the fixture itself.
const newer = await spec('fixtures/valid/referral-partnership.yaml');

describe('redline of a member removed from the front', () => {
  const older = structuredClone(newer);
  const template = older.members[1]!;
  older.members.unshift({
    ...structuredClone(template),
    id: 'amber-house',
    legal_name: 'Amber House Women’s Centre',
    short_name: 'AHWC',
    contributions: [{ type: 'venue', description: 'A drop-in room on Tuesdays', in_kind: true }],
  });
  older.referrals!.services.unshift({
    member_id: 'amber-house',
    service: 'Drop-in support for women',
    eligibility: ['Women aged 18 or over'],
  });
  const kinds = ['mou', 'referral_protocol', 'data_sharing_schedule'] as const;
  const olds = composePack(older, [...kinds]);
  const news = composePack(newer, [...kinds]);
  const redlines = news.map((doc, i) => redlineDocument(olds[i]!, doc, 'Reviewer'));
  const [mou, referral, sharing] = redlines.map((r) => r.document) as [
    NumberedDocument,
    NumberedDocument,
    NumberedDocument,
  ];

  it.each([
    ['mou', 'mou-roles-clyde-wa'],
    ['mou', 'mou-roles-renfrew-svs'],
    ['referral', 'rp-service-clyde-wa-refuge-accommodation-and-domestic-abuse-outreach'],
    ['referral', 'rp-service-renfrew-svs-sexual-violence-support-and-advocacy'],
  ])('should leave the %s clause %s of an unchanged member unmarked', (which, id) => {
    const doc = which === 'mou' ? mou : referral;
    const node = find(doc, id);
    expect(node, id).toBeDefined();
    expect(marked(node!)).toBe(false);
  });

  it("should delete the removed member's clauses whole, and nothing else in them", () => {
    const deleted = (doc: Document, id: string): boolean => {
      let hit = false;
      visit(doc, (n) => {
        if (n.type === 'changed' && n.change === 'deleted' && find({ ...doc, children: n.children }, id)) hit = true;
      });
      return hit;
    };
    expect(deleted(mou, 'mou-roles-amber-house')).toBe(true);
    expect(deleted(referral, 'rp-service-amber-house-drop-in-support-for-women')).toBe(true);
    for (const redline of redlines) {
      const texts = redline.changes.map((c) => c.text);
      expect(texts.length, redline.document.name).toBeGreaterThan(0);
      for (const text of texts.filter((t) => !t.startsWith('Text:'))) expect(text).toMatch(/Amber House|AHWC|Drop-in/);
    }
  });

  it("should pair table rows by member: only the removed member's rows are deleted", () => {
    for (const doc of [mou, sharing]) {
      visit(doc, (n) => {
        if (n.type !== 'table' || n.rowIds === undefined) return;
        n.rowIds.forEach((id, i) => {
          const change = n.rowChanges?.[i] ?? null;
          expect(change, `${doc.name} row ${id}`).toBe(id?.endsWith('amber-house') ? 'deleted' : null);
          if (change === null) expect(marked({ ...n, rowChanges: undefined })).toBe(false);
        });
      });
    }
  });
});
