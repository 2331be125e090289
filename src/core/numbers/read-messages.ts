/**
 * What readNumber says, in Vietnamese and English: reasons when text cannot be read, notes
 * when it was read with a guess or a change. Figures inside are written each in its own
 * language's way, the typed text is quoted as typed (shortened when long).
 */
import type { Ambiguity } from "./number-token";
import { formatNumber } from "./format";
import type { Lang } from "./lang";

export interface Message {
  vi: string;
  en: string;
}

const QUOTE_LIMIT = 40;

/** The typed text in quotes, cut to a readable length. */
export function quoted(text: string): string {
  const trimmed = text.trim();
  const short = trimmed.length > QUOTE_LIMIT ? `${trimmed.slice(0, QUOTE_LIMIT)}…` : trimmed;
  return `"${short}"`;
}

/** Enough decimals for a value read from text ("500 đồng" is 0,0005 triệu). */
const figure = (value: number, lang: Lang) => formatNumber(value, lang, { maxDecimals: 9 });

export const reasons = {
  notText: (): Message => ({
    vi: "Giá trị này không phải là chữ để đọc thành số.",
    en: "This value is not text that can be read as a number.",
  }),
  empty: (): Message => ({
    vi: "Không có gì để đọc: ô trống hoặc chỉ có khoảng trắng.",
    en: "There is nothing to read: the text is empty or only spaces.",
  }),
  noDigits: (q: string): Message => ({
    vi: `Không có số nào trong ${q}. Nếu chưa có số liệu, hãy để trống ô.`,
    en: `There is no number in ${q}. If there is no figure yet, leave the cell blank.`,
  }),
  stuckLetters: (q: string, word: string): Message => ({
    vi: `Không đọc được ${q}: chữ "${word}" viết liền vào số.`,
    en: `Cannot read ${q}: the letters "${word}" are stuck to the number.`,
  }),
  separators: (q: string): Message => ({
    vi: `Không đọc được ${q}: dấu chấm, dấu phẩy hoặc khoảng trắng không đúng chỗ phân cách hàng nghìn và phần thập phân (ví dụ 1.592,5).`,
    en: `Cannot read ${q}: the separators are not where thousands and decimals go (e.g. 1,592.5).`,
  }),
  unreadable: (q: string): Message => ({
    vi: `Không đọc được ${q} thành một số.`,
    en: `Cannot read ${q} as a number.`,
  }),
  outOfRange: (q: string): Message => ({
    vi: `${q} vượt quá phạm vi của một số liệu.`,
    en: `${q} is beyond the range of a figure.`,
  }),
  moneyWordNotMoney: (q: string, word: string): Message => ({
    vi: `Không đọc được ${q}: "${word}" là đơn vị tiền nhưng chỉ tiêu này không tính bằng tiền. Hãy nhập riêng con số.`,
    en: `Cannot read ${q}: "${word}" is a money word but this indicator is not money. Type the number alone.`,
  }),
  notMoneyWord: (q: string, words: string): Message => ({
    vi: `Không đọc được ${q}: ô này tính bằng triệu đồng, "${words}" không phải đơn vị tiền.`,
    en: `Cannot read ${q}: this cell is in million VND and "${words}" is not a unit of money.`,
  }),
  moneyTerms: (q: string): Message => ({
    vi: `Không đọc được ${q}: mỗi số cần có đơn vị (tỷ, triệu, nghìn), từ lớn đến nhỏ, ví dụ "2 tỷ 62 triệu".`,
    en: `Cannot read ${q}: each figure needs its unit (tỷ, triệu, nghìn), largest first, e.g. "2 tỷ 62 triệu".`,
  }),
  percentNotHere: (q: string, money: boolean): Message => ({
    vi: `Không đọc được ${q}: dấu % không dùng cho ${money ? "số tiền" : "số đếm"}.`,
    en: `Cannot read ${q}: a % sign does not belong in ${money ? "a sum of money" : "a count"}.`,
  }),
};

const BECAUSE: Record<Ambiguity["because"], Message> = {
  "count-is-whole": {
    vi: "vì chỉ tiêu này đếm số nguyên",
    en: "because this indicator counts whole numbers",
  },
  "vi-decimal-comma": {
    vi: "theo cách viết tiếng Việt, dấu phẩy là dấu thập phân",
    en: "as in Vietnamese, where the comma is the decimal mark",
  },
  "vi-thousands-dot": {
    vi: "theo cách viết tiếng Việt, dấu chấm phân cách hàng nghìn",
    en: "as in Vietnamese, where the dot groups thousands",
  },
  "en-decimal-dot": {
    vi: "vì số viết kèm chữ tiếng Anh, dấu chấm là dấu thập phân",
    en: "as the figure is written with English words, where the dot is the decimal mark",
  },
  "en-thousands-comma": {
    vi: "vì số viết kèm chữ tiếng Anh, dấu phẩy phân cách hàng nghìn",
    en: "as the figure is written with English words, where the comma groups thousands",
  },
};

export const notes = {
  ambiguous: (token: string, chosen: number, other: number, because: Ambiguity["because"]): Message => ({
    vi: `"${token}" có thể là ${figure(chosen, "vi")} hoặc ${figure(other, "vi")}; đã đọc là ${figure(chosen, "vi")} ${BECAUSE[because].vi}.`,
    en: `"${token}" could be ${figure(chosen, "en")} or ${figure(other, "en")}; read as ${figure(chosen, "en")} ${BECAUSE[because].en}.`,
  }),
  moneyWords: (q: string, value: number): Message => ({
    vi: `Đã đọc ${q} là ${figure(value, "vi")} triệu đồng.`,
    en: `Read ${q} as ${figure(value, "en")} million VND.`,
  }),
  percentDropped: (value: number): Message => ({
    vi: `Đã bỏ dấu %, ghi số ${figure(value, "vi")}.`,
    en: `Dropped the % sign and kept ${figure(value, "en")}.`,
  }),
  accountingNegative: (): Message => ({
    vi: "Số trong ngoặc đơn được đọc là số âm (cách ghi của kế toán).",
    en: "A number in brackets was read as negative (accounting style).",
  }),
  unitWordsDropped: (words: string): Message => ({
    vi: `Đã bỏ chữ "${words}" sau số.`,
    en: `Dropped the words "${words}" after the number.`,
  }),
};
