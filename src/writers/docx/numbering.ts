/**
 * Word's multi-level list definitions for clause numbering, schedules, lettered items and bullets.
 *
 * The numbers live in numbering.xml, not in the text, so a reviewer who inserts a clause in Word sees
 * every number after it move on. The level texts are chosen so that Word shows exactly the model's
 * `number` fields: sections "3." (level 0), clauses "3.1", sub-clauses "3.1.1", then list items
 * "(a)", "(i)", "(A)", "(1)" as `model/number/list-marker` cycles them.
 */
import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type INumberingOptions } from 'docx';

/** The numbering definitions a document may use, by reference. */
export const Numbering = {
  /** Body sections (level 0), clauses (1), sub-clauses (2), then list items (3–8). */
  clauses: 'clauses',
  /** Provisions that restart in each schedule or unnumbered section: 1 (level 0), 1.1, 1.1.1, then items. */
  paragraphs: 'paragraphs',
  /** Schedule headings: "Schedule 1", "Schedule 2"… */
  schedules: 'schedules',
  /** Ordered lists that cannot share their provision's list (see `lists.ts`): (a), (i), (A), (1)… from level 0. */
  items: 'items',
  /** Unordered lists. */
  bullets: 'bullets',
} as const;

/** A numbering reference. */
export type NumberingReference = (typeof Numbering)[keyof typeof Numbering];

/** The deepest provision level Word numbers as a provision; list items start one below. */
export const DEEPEST_PROVISION_LEVEL = 2;

/** The first level of a provision list that numbers list items. */
export const FIRST_ITEM_LEVEL = 3;

/**
 * The w:numId of the first list instance a document uses; the next take the ids after it in order. docx
 * gives its own default bullet list numId 1, so the document's start at 2.
 */
export const FIRST_NUM_ID = 2;

/** Word allows levels 0–8. */
export const LAST_LEVEL = 8;

/** Twips from the number to the text: the hanging indent of every numbered paragraph. */
export const NUMBER_GAP = 720;

/** Where the text of a provision at `level` starts: 1 and 1.1 at 0.5", 1.1.1 at 1". */
export function provisionTextIndent(level: number): number {
  return level <= 1 ? NUMBER_GAP : NUMBER_GAP * level;
}

type ItemFormat = { format: (typeof LevelFormat)[keyof typeof LevelFormat] };

// The same cycle as the model's list markers, by depth of ordered lists: (a), (i), (A), (1).
const ITEM_FORMATS: readonly ItemFormat[] = [
  { format: LevelFormat.LOWER_LETTER },
  { format: LevelFormat.LOWER_ROMAN },
  { format: LevelFormat.UPPER_LETTER },
  { format: LevelFormat.DECIMAL },
];

/** The format of an ordered list item `depth` lists deep (0 for a provision's own list). */
export function itemFormat(depth: number): (typeof LevelFormat)[keyof typeof LevelFormat] {
  return (ITEM_FORMATS[depth % ITEM_FORMATS.length] as ItemFormat).format;
}

function level(index: number, format: ItemFormat['format'], text: string, left: number): ILevelsOptions {
  return {
    level: index,
    format,
    text,
    alignment: AlignmentType.LEFT,
    start: 1,
    suffix: LevelSuffix.TAB,
    style: { paragraph: { indent: { left, hanging: NUMBER_GAP } } },
  };
}

/** Item levels from `first` to level 8: "(%n)" in the format of their depth. */
function itemLevels(first: number, indentOfFirst: number): ILevelsOptions[] {
  const levels: ILevelsOptions[] = [];
  for (let index = first; index <= LAST_LEVEL; index += 1) {
    const depth = index - first;
    levels.push(level(index, itemFormat(depth), `(%${index + 1})`, indentOfFirst + NUMBER_GAP * depth));
  }
  return levels;
}

/** Provision levels 0–2 ("%1.", "%1.%2", "%1.%2.%3") followed by item levels 3–8. */
function provisionLevels(): ILevelsOptions[] {
  return [
    level(0, LevelFormat.DECIMAL, '%1.', provisionTextIndent(0)),
    level(1, LevelFormat.DECIMAL, '%1.%2', provisionTextIndent(1)),
    level(2, LevelFormat.DECIMAL, '%1.%2.%3', provisionTextIndent(2)),
    ...itemLevels(FIRST_ITEM_LEVEL, provisionTextIndent(2) + NUMBER_GAP),
  ];
}

const BULLETS = ['•', '–', '◦'];

function bulletLevels(): ILevelsOptions[] {
  const levels: ILevelsOptions[] = [];
  for (let index = 0; index <= LAST_LEVEL; index += 1) {
    levels.push({
      level: index,
      format: LevelFormat.BULLET,
      text: BULLETS[index % BULLETS.length] as string,
      alignment: AlignmentType.LEFT,
      suffix: LevelSuffix.TAB,
      style: { paragraph: { indent: { left: NUMBER_GAP * (index + 1), hanging: NUMBER_GAP / 2 } } },
    });
  }
  return levels;
}

/** The document's numbering definitions; each paragraph names one by reference and instance. */
export function numberingOptions(): INumberingOptions {
  return {
    config: [
      { reference: Numbering.clauses, levels: provisionLevels() },
      { reference: Numbering.paragraphs, levels: provisionLevels() },
      {
        reference: Numbering.schedules,
        levels: [
          {
            ...level(0, LevelFormat.DECIMAL, 'Schedule %1', 0),
            suffix: LevelSuffix.NOTHING,
            style: { paragraph: { indent: { left: 0, hanging: 0 } } },
          },
        ],
      },
      { reference: Numbering.items, levels: itemLevels(0, NUMBER_GAP) },
      { reference: Numbering.bullets, levels: bulletLevels() },
    ],
  };
}
