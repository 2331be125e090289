/**
 * Why a file could not be read, in Vietnamese and English, naming the file. A file is read
 * whole or not at all: any of these means no sheet of it was returned.
 */
export type ReadErrorCode =
  | "unreadable"
  | "empty"
  | "too-large"
  | "too-many-cells"
  | "encrypted"
  | "legacy-xls"
  | "not-xlsx"
  | "damaged";

export interface ReadError {
  code: ReadErrorCode;
  vi: string;
  en: string;
}

const MB = 1024 * 1024;

function size(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export const readErrors = {
  unreadable: (file: string, detail: string): ReadError => ({
    code: "unreadable",
    vi: `Không mở được tệp "${file}" (${detail}).`,
    en: `The file "${file}" could not be opened (${detail}).`,
  }),
  empty: (file: string): ReadError => ({
    code: "empty",
    vi: `Tệp "${file}" rỗng (0 byte).`,
    en: `The file "${file}" is empty (0 bytes).`,
  }),
  tooLarge: (file: string, bytes: number, max: number): ReadError => ({
    code: "too-large",
    vi: `Tệp "${file}" quá lớn: ${size(bytes)}, giới hạn là ${size(max)}.`,
    en: `The file "${file}" is too large: ${size(bytes)}, the limit is ${size(max)}.`,
  }),
  tooManyCells: (file: string, cells: number, max: number): ReadError => ({
    code: "too-many-cells",
    vi: `Tệp "${file}" có quá nhiều ô: ${cells} ô, giới hạn là ${max} ô.`,
    en: `The file "${file}" has too many cells: ${cells}, the limit is ${max}.`,
  }),
  encrypted: (file: string): ReadError => ({
    code: "encrypted",
    vi: `Tệp "${file}" được đặt mật khẩu mở tệp nên không đọc được. Hãy bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.`,
    en: `The file "${file}" is password protected and cannot be read. Remove the password (File > Info > Protect Workbook) and send it again.`,
  }),
  legacyXls: (file: string): ReadError => ({
    code: "legacy-xls",
    vi: `Tệp "${file}" là tệp Excel cũ (.xls), không phải .xlsx. Hãy mở bằng Excel và lưu lại dạng .xlsx.`,
    en: `The file "${file}" is an old Excel file (.xls), not .xlsx. Open it in Excel and save it as .xlsx.`,
  }),
  notXlsx: (file: string, what: string, whatVi: string): ReadError => ({
    code: "not-xlsx",
    vi: `Tệp "${file}" không phải tệp Excel .xlsx (${whatVi}).`,
    en: `The file "${file}" is not an Excel .xlsx file (${what}).`,
  }),
  damaged: (file: string, detail: string): ReadError => ({
    code: "damaged",
    vi: `Tệp "${file}" bị hỏng, không đọc được (${detail}). Hãy mở lại bằng Excel, lưu rồi gửi lại.`,
    en: `The file "${file}" is damaged and cannot be read (${detail}). Open it in Excel, save it and send it again.`,
  }),
};
