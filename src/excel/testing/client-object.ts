/**
 * The base of every fake proxy, following office.js's ClientObject:
 * - setting a property or calling a method only queues an action; Excel applies it at sync;
 * - a property can be read only once it was loaded and synced, else PropertyNotLoaded. As in
 *   the shipped runtime (Range.values setter: `this.m_values = value`), a property the program
 *   set reads back as what it set, not as what Excel stored;
 * - an object is found by its path when an action first touches it and then stays bound to
 *   that workbook object (a worksheet proxy follows its sheet through a rename);
 * - *OrNullObject proxies learn `isNullObject` at the next sync without a load.
 */
import { FakeErrorCode, FakeExcelError, propertyNotLoaded } from "./fake-error";
import type { WorkbookModel } from "./model";
import type { FakeRequestContext, ResponseCollector } from "./request-context";

/** A load argument: "a, b/c", ["a", "b/c"], { select, expand } or { a: true, b: { c: true } }. */
export type LoadArgument =
  string | string[] | { select?: string | string[]; expand?: string | string[] } | object;

/** Load paths, each split on "/"; an empty list means "every scalar property". */
export function parseLoadArgument(argument: unknown): string[][] {
  if (argument === undefined || argument === null) return [];
  const split = (text: string): string[][] =>
    text
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .map((part) => part.split("/").map((p) => p.trim()));
  if (typeof argument === "string") return split(argument);
  if (Array.isArray(argument))
    return argument.flatMap((part) => (typeof part === "string" ? split(part) : []));
  if (typeof argument !== "object") return [];
  const record = argument as Record<string, unknown>;
  if ("select" in record || "expand" in record) {
    const asList = (v: unknown): string[][] =>
      typeof v === "string"
        ? split(v)
        : Array.isArray(v)
          ? v.flatMap((x) => (typeof x === "string" ? split(x) : []))
          : [];
    return [...asList(record.select), ...asList(record.expand)];
  }
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(record)) {
    if (key === "$all") continue;
    if (value === true) paths.push([key]);
    else if (value && typeof value === "object") {
      const inner = parseLoadArgument(value);
      if (inner.length === 0) paths.push([key]);
      else for (const p of inner) paths.push([key, ...p]);
    }
  }
  return paths;
}

export abstract class FakeClientObject<T> {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private bound: { target: T } | undefined;

  protected constructor(
    readonly context: FakeRequestContext,
    /** The office.js-like object path, used to size the request. */
    readonly path: string,
    /** The class name Excel reports in errorLocation ("Range", "Worksheet"). */
    protected readonly entity: string,
    /** True for *OrNullObject results and everything reached through them. */
    readonly nullable = false,
  ) {}

  /** Finds the workbook object this proxy stands for, or null if it does not exist. */
  protected abstract locate(workbook: WorkbookModel): T | null;
  /** Reads one scalar property for a load response. */
  protected abstract readScalar(target: T, name: string, workbook: WorkbookModel): unknown;
  /** The scalar properties a bare load() returns. */
  protected abstract scalarNames(): readonly string[];
  /** Applies a queued property write. */
  protected writeScalar(
    ...[, name]: [target: T, name: string, value: unknown, workbook: WorkbookModel]
  ): void {
    throw new FakeExcelError(
      FakeErrorCode.invalidArgument,
      `${this.entity}.${name}`,
      `${this.entity}.${name} is read-only.`,
    );
  }
  /** Child proxies reachable by a load path ("format", "protection"). */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the default has no children; overrides read the name
  protected navigation(name: string): FakeClientObject<unknown> | undefined {
    return undefined;
  }
  /** Whether a bound workbook object still exists (a deleted sheet does not). */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- most objects cannot vanish; overrides check the workbook
  protected isAlive(target: T, workbook: WorkbookModel): boolean {
    return true;
  }

  /** The bound workbook object, found on first use; null for a null object. */
  tryResolve(workbook: WorkbookModel): T | null {
    if (this.bound) {
      if (this.isAlive(this.bound.target, workbook)) return this.bound.target;
      throw new FakeExcelError(
        FakeErrorCode.itemNotFound,
        this.entity,
        `The ${this.entity} this object stood for no longer exists.`,
      );
    }
    const found = this.locate(workbook);
    if (found === null) {
      if (this.nullable) return null;
      throw new FakeExcelError(FakeErrorCode.itemNotFound, this.entity);
    }
    this.bound = { target: found };
    return found;
  }

  /**
   * The bound workbook object for a write or a method. Writing through a null object is a
   * host bug; the fake rejects it with ItemNotFound rather than guess what Excel does.
   */
  resolve(workbook: WorkbookModel): T {
    const target = this.tryResolve(workbook);
    if (target === null) {
      throw new FakeExcelError(
        FakeErrorCode.itemNotFound,
        this.entity,
        `Cannot act on a null ${this.entity} object.`,
      );
    }
    return target;
  }

  /** Binds a proxy created for an existing object (collection items). */
  protected bindTo(target: T): void {
    this.bound = { target };
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.entity, "isNullObject");
    return this.nullState;
  }

  /** Office asks about existence at the next sync for every *OrNullObject proxy (fake-internal). */
  probeNull(): void {
    this.context.enqueue({
      kind: "instantiate",
      path: this.path,
      name: "",
      args: null,
      location: this.entity,
      apply: (workbook, response) => {
        const isNull = this.tryResolve(workbook) === null;
        response.add(this.path, { isNullObject: isNull }, () => {
          this.nullState = isNull;
        });
      },
    });
  }

  /** Reads a loaded property, or throws PropertyNotLoaded as office.js does. */
  protected loaded<V>(name: string): V {
    if (this.loadedValues.has(name)) return this.loadedValues.get(name) as V;
    if (this.nullState === true) return undefined as V;
    throw propertyNotLoaded(this.entity, name);
  }

  /** Records a value delivered by a sync (collections deliver their item proxies this way). */
  protected setLoaded(name: string, value: unknown): void {
    this.loadedValues.set(name, value);
    this.nullState = false;
  }

  /** Queues a property write; the proxy keeps the written value, as office.js does. */
  protected queueSet(name: string, value: unknown): void {
    this.loadedValues.set(name, value);
    this.context.enqueue({
      kind: "set",
      path: this.path,
      name,
      args: value,
      location: `${this.entity}.${name}`,
      apply: (workbook) => {
        if (value === null || value === undefined) {
          // "null is not a valid input for single property" (Blank and null values in Excel add-ins).
          throw new FakeExcelError(FakeErrorCode.invalidArgument, `${this.entity}.${name}`);
        }
        this.writeScalar(this.resolve(workbook), name, value, workbook);
      },
    });
  }

  /** Queues a method call applied to the bound object at sync. */
  protected queueMethod(
    name: string,
    args: unknown[],
    apply: (target: T, workbook: WorkbookModel) => void,
  ): void {
    this.context.enqueue({
      kind: "method",
      path: this.path,
      name,
      args,
      location: `${this.entity}.${name}`,
      apply: (workbook) => apply(this.resolve(workbook), workbook),
    });
  }

  load(argument?: LoadArgument): this {
    const paths = parseLoadArgument(argument);
    this.context.enqueue({
      kind: "load",
      path: this.path,
      name: "load",
      args: paths.map((p) => p.join("/")),
      location: `${this.entity}.load`,
      apply: (workbook, response) => this.readPaths(workbook, paths, response),
    });
    return this;
  }

  /** Reads the requested paths at sync time into the response (called in queue order). */
  readPaths(workbook: WorkbookModel, paths: string[][], response: ResponseCollector): void {
    const target = this.tryResolve(workbook);
    if (target === null) {
      response.add(this.path, { isNullObject: true }, () => {
        this.nullState = true;
      });
      return;
    }
    const own = paths.length === 0 ? [...this.scalarNames()] : [];
    const children = new Map<FakeClientObject<unknown>, string[][]>();
    for (const path of paths) {
      const [head, ...rest] = path;
      if (head === undefined) continue;
      const child = this.navigation(head);
      if (child) {
        const list = children.get(child) ?? [];
        if (rest.length > 0) list.push(rest);
        children.set(child, list);
      } else if (rest.length === 0 && this.scalarNames().includes(head)) {
        own.push(head);
      } else {
        throw new FakeExcelError(
          FakeErrorCode.invalidArgument,
          `${this.entity}.load`,
          `${this.entity} has no property "${path.join("/")}".`,
        );
      }
    }
    const data: Record<string, unknown> = {};
    for (const name of own) data[name] = this.readScalar(target, name, workbook);
    response.add(this.path, data, (delivered) => {
      for (const [name, value] of Object.entries(delivered)) this.loadedValues.set(name, value);
      this.nullState = false;
    });
    for (const [child, childPaths] of children) child.readPaths(workbook, childPaths, response);
  }

  /** Sets several properties at once, like office.js `set()`; navigation properties recurse. */
  set(properties: object): void {
    for (const [name, value] of Object.entries(properties as Record<string, unknown>)) {
      const child = this.navigation(name);
      if (child && value && typeof value === "object" && !Array.isArray(value)) child.set(value);
      else Reflect.set(this, name, value);
    }
  }

  /** The loaded properties, as office.js proxies serialise. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** office.js ClientResult: a method's value, readable after the sync that carried it. */
export class FakeClientResult<V> {
  private state: { value: V } | undefined;

  get value(): V {
    if (!this.state) throw propertyNotLoaded("ClientResult", "value");
    return this.state.value;
  }

  deliver(value: V): void {
    this.state = { value };
  }
}
