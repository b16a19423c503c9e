// One value cell as the offices write it: a German or plain number, a special value instead of
// a number, a number in parentheses (restricted), a quality mark after the number ("1.234p").
import type { SpecialValue } from '../statistics';
import { cleanText } from '../text';

export interface CellValue {
  value: number | null;
  flag: SpecialValue | null;
  quality: string | null;
}

const specialValues: Record<string, SpecialValue> = {
  '-': 'nichts',
  '.': 'unbekannt',
  '...': 'spaeter',
  '/': 'unsicher',
  x: 'gesperrt',
  X: 'gesperrt',
  '()': 'eingeschraenkt',
};

const commaDecimal = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const groupedThousands = /^[+-]?\d{1,3}(?:\.\d{3})+$/;
const pointDecimal = /^[+-]?\d+(?:\.\d+)?$/;
const qualitySuffix = /^(.*[\d)])\s*([prse])$/;

/**
 * A number: with a comma it is German ("1.234,5"). Without one, a dot is a decimal point — except
 * in classic tables, which group thousands ("1.234") as a German reader expects.
 */
export function readNumber(text: string, thousandsDots: boolean): number | null {
  let number: number;
  if (text.includes(',')) {
    if (!commaDecimal.test(text)) return null;
    number = Number(text.replace(/\./g, '').replace(',', '.'));
  } else if (thousandsDots && groupedThousands.test(text)) {
    number = Number(text.replace(/\./g, ''));
  } else if (pointDecimal.test(text)) {
    number = Number(text);
  } else {
    return null;
  }
  return Number.isFinite(number) ? number : null;
}

const special = (flag: SpecialValue): CellValue => ({
  value: flag === 'nichts' ? 0 : null,
  flag,
  quality: null,
});

/** The cell's value, 'empty' for a blank cell, 'invalid' for text that is no value at all. */
export function readCell(raw: string, thousandsDots: boolean): CellValue | 'empty' | 'invalid' {
  let text = raw.trim();
  if (text === '') return 'empty';
  const flag = specialValues[text];
  if (flag) return special(flag);
  let quality: string | null = null;
  const marked = qualitySuffix.exec(text);
  if (marked) {
    text = marked[1] as string;
    quality = marked[2] as string;
  }
  const restricted = text.startsWith('(') && text.endsWith(')');
  if (restricted) text = text.slice(1, -1).trim();
  const value = readNumber(text, thousandsDots);
  if (value === null) return 'invalid';
  return { value, flag: restricted ? 'eingeschraenkt' : null, quality };
}

/**
 * A value cell together with its quality column (flat files): the column holds a quality mark or
 * a special value, which completes (or, but for "()", replaces) what the value cell says.
 */
export function readCellWithQuality(
  raw: string,
  qualityCell: string,
  thousandsDots: boolean,
): CellValue | 'empty' | 'invalid' {
  const cell = readCell(raw, thousandsDots);
  const mark = qualityCell.trim();
  if (cell === 'invalid' || mark === '') return cell;
  const flag = specialValues[mark];
  if (cell === 'empty') return flag ? special(flag) : 'empty';
  // "()" qualifies the number; any other symbol says there is no number, whatever the cell holds.
  if (flag === 'eingeschraenkt') return { ...cell, flag };
  if (flag) return special(flag);
  return { ...cell, quality: cleanText(mark, { multiLine: false }).slice(0, 20) };
}
