/**
 * The error a sync rejects with, shaped as office.js shapes it: the shipped runtime builds a
 * `RuntimeError` whose `name` is "RichApi.Error" (the docs say "OfficeExtension.Error"; the
 * runtime in @microsoft/office-js says otherwise, and hosts see the runtime), with `code`,
 * `message`, `debugInfo: { code, message, errorLocation }`, `traceMessages` and
 * `httpStatusCode`. Host code should branch on `code` only, as Microsoft asks.
 */

/** The codes the fake raises. Values are those of OfficeExtension/Excel.ErrorCodes. */
export const FakeErrorCode = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  badPassword: "BadPassword",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
} as const;
export type FakeErrorCodeValue = (typeof FakeErrorCode)[keyof typeof FakeErrorCode];

/**
 * The messages Excel sends with each code (from Microsoft's "Error handling with the
 * application-specific JavaScript APIs" table, and the office.js resource strings for
 * PropertyNotLoaded and RunMustReturnPromise).
 */
const MESSAGES: Record<FakeErrorCodeValue, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found.",
  BadPassword: "The password you supplied is incorrect.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode: "The operation isn't available while Excel is in Edit cell mode.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
};

/** HTTP statuses office.js attaches (its RuntimeError mapping); anything else is 500. */
const HTTP_STATUS: Partial<Record<FakeErrorCodeValue, number>> = {
  AccessDenied: 401,
  InvalidArgument: 400,
  PropertyNotLoaded: 400,
};

export interface FakeErrorDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class FakeExcelError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: FakeErrorDebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[];
  readonly innerError: null = null;

  constructor(code: string, location?: string, detail?: string, traceMessages: string[] = []) {
    const known = (MESSAGES as Record<string, string | undefined>)[code];
    const message = detail ?? known ?? code;
    super(message);
    this.code = code;
    this.debugInfo = location ? { code, message, errorLocation: location } : { code, message };
    this.httpStatusCode = (HTTP_STATUS as Record<string, number | undefined>)[code] ?? 500;
    this.traceMessages = traceMessages;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function propertyNotLoaded(entity: string, property: string): FakeExcelError {
  return new FakeExcelError(
    FakeErrorCode.propertyNotLoaded,
    `${entity}.${property}`,
    MESSAGES.PropertyNotLoaded.replace("{0}", property),
  );
}

/** Misuse of the fake itself (a bad workbook description, an unmodelled call): a test bug. */
export class FakeExcelMisuseError extends Error {
  override readonly name = "FakeExcelMisuseError";
}
