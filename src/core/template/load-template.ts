/**
 * The one door through which a template enters: the built-in JSON or a file an office
 * chose. The schema checks each field; the cross-checks below check what a schema cannot
 * (codes unique, groups and operands that exist). Every problem is listed, with its path,
 * in Vietnamese and English; nothing throws on bad input.
 */
import type { core } from "zod/mini";
import builtinJson from "./builtin-template.json";
import { templateSchema, type Template } from "./schema";

export interface TemplateProblem {
  /** Where in the JSON, e.g. "indicators[3].code". */
  path: string;
  vi: string;
  en: string;
}

export type TemplateLoadResult =
  { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

export function parseTemplateText(text: string): TemplateLoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [
        {
          path: "",
          vi: `Tệp mẫu biểu không phải JSON hợp lệ (${detail}).`,
          en: `The template file is not valid JSON (${detail}).`,
        },
      ],
    };
  }
  return parseTemplate(json);
}

export function parseTemplate(json: unknown): TemplateLoadResult {
  const parsed = templateSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map(describeIssue) };
  }
  const problems = crossCheck(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, template: parsed.data };
}

/** Thrown only when the shipped template is broken: a programming error, not bad input. */
export class BuiltinTemplateError extends Error {
  override name = "BuiltinTemplateError";
}

function loadBuiltin(): Template {
  const result = parseTemplate(builtinJson);
  if (!result.ok) {
    throw new BuiltinTemplateError(result.problems.map((p) => `${p.path}: ${p.en}`).join("; "));
  }
  return result.template;
}

/** The standard template of the product (docs/template.md describes it). */
export const builtinTemplate: Template = loadBuiltin();

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

function describeIssue(issue: core.$ZodIssue): TemplateProblem {
  const path = formatPath(issue.path);
  const at = (vi: string, en: string): TemplateProblem => ({
    path,
    vi: path ? `Tại ${path}: ${vi}` : vi,
    en: path ? `At ${path}: ${en}` : en,
  });
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return at("thiếu trường bắt buộc.", "a required field is missing.");
      return at(`cần kiểu ${issue.expected}.`, `expected ${issue.expected}.`);
    case "too_small":
      return issue.origin === "array"
        ? at(
            `cần ít nhất ${String(issue.minimum)} phần tử.`,
            `needs at least ${String(issue.minimum)} items.`,
          )
        : issue.origin === "string"
          ? at("không được để trống.", "must not be empty.")
          : at(`phải lớn hơn ${String(issue.minimum)}.`, `must be above ${String(issue.minimum)}.`);
    case "too_big":
      return at(`vượt quá ${String(issue.maximum)}.`, `must not exceed ${String(issue.maximum)}.`);
    case "invalid_format":
      return at(
        `giá trị không đúng định dạng ${issue.message}.`,
        `the value is not a valid ${issue.message}.`,
      );
    case "invalid_value":
      return at(
        `giá trị phải là một trong: ${issue.values.map(String).join(", ")}.`,
        `the value must be one of: ${issue.values.map(String).join(", ")}.`,
      );
    case "invalid_union":
      return at(
        "giá trị không khớp kiểu nào được phép (kiểm tra trường type).",
        "the value matches no allowed form (check its type field).",
      );
    case "unrecognized_keys":
      return at(
        `trường không được hỗ trợ: ${issue.keys.join(", ")}.`,
        `unsupported fields: ${issue.keys.join(", ")}.`,
      );
    default:
      return at(`giá trị không hợp lệ (${issue.message}).`, `invalid value (${issue.message}).`);
  }
}

function crossCheck(template: Template): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (path: string, vi: string, en: string) =>
    problems.push({ path, vi: `Tại ${path}: ${vi}`, en: `At ${path}: ${en}` });

  const groupIds = new Set<string>();
  template.groups.forEach((group, i) => {
    if (groupIds.has(group.id))
      add(`groups[${i}].id`, `nhóm ${group.id} bị trùng.`, `group ${group.id} is repeated.`);
    groupIds.add(group.id);
  });

  const columnKeys = new Set<string>();
  template.columns.forEach((column, i) => {
    if (columnKeys.has(column.key))
      add(`columns[${i}].key`, `cột ${column.key} bị trùng.`, `column ${column.key} is repeated.`);
    columnKeys.add(column.key);
  });
  for (const key of ["code", "actual", "cumulative"]) {
    if (!columnKeys.has(key)) add("columns", `thiếu cột ${key}.`, `the ${key} column is missing.`);
  }

  const byCode = new Map<string, Template["indicators"][number]>();
  template.indicators.forEach((indicator, i) => {
    const at = `indicators[${i}]`;
    if (byCode.has(indicator.code))
      add(`${at}.code`, `mã ${indicator.code} bị trùng.`, `code ${indicator.code} is repeated.`);
    byCode.set(indicator.code, indicator);
    if (!groupIds.has(indicator.group))
      add(
        `${at}.group`,
        `nhóm ${indicator.group} không có trong danh sách nhóm.`,
        `group ${indicator.group} is not among the groups.`,
      );
    if (indicator.kind === "derived") {
      if (!indicator.derived)
        add(
          `${at}.derived`,
          "chỉ tiêu tính toán cần tử số và mẫu số.",
          "a derived indicator needs a numerator and a denominator.",
        );
      if (indicator.reportedBy)
        add(
          `${at}.reportedBy`,
          "chỉ tiêu tính toán không do đơn vị nào báo cáo.",
          "a derived indicator is computed, not reported by a unit.",
        );
    } else {
      if (!indicator.reportedBy)
        add(`${at}.reportedBy`, "cần nêu đơn vị báo cáo.", "the reporting units must be named.");
      if (indicator.derived)
        add(
          `${at}.derived`,
          "chỉ tiêu flow/stock không có công thức tính.",
          "only a derived indicator has a formula.",
        );
    }
  });

  template.indicators.forEach((indicator, i) => {
    if (!indicator.derived) return;
    for (const part of ["numerator", "denominator"] as const) {
      const operand = byCode.get(indicator.derived[part]);
      const path = `indicators[${i}].derived.${part}`;
      if (!operand)
        add(
          path,
          `mã ${indicator.derived[part]} không tồn tại.`,
          `code ${indicator.derived[part]} does not exist.`,
        );
      else if (operand.kind === "derived")
        add(
          path,
          `${operand.code} là chỉ tiêu tính toán, không dùng làm ${part === "numerator" ? "tử số" : "mẫu số"}.`,
          `${operand.code} is itself derived and cannot be a ${part}.`,
        );
    }
  });

  template.rules.forEach((rule, i) => {
    const codes =
      rule.type === "compare"
        ? [...rule.left, ...rule.right]
        : "codes" in rule && rule.codes
          ? rule.codes
          : [];
    for (const code of codes) {
      if (!byCode.has(code))
        add(
          `rules[${i}]`,
          `quy tắc ${rule.id} nhắc tới mã ${code} không tồn tại.`,
          `rule ${rule.id} names unknown code ${code}.`,
        );
    }
  });
  const ruleIds = new Set<string>();
  template.rules.forEach((rule, i) => {
    if (ruleIds.has(rule.id))
      add(`rules[${i}].id`, `mã quy tắc ${rule.id} bị trùng.`, `rule id ${rule.id} is repeated.`);
    ruleIds.add(rule.id);
  });
  return problems;
}
