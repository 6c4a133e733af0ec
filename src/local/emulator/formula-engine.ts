// One HyperFormula instance per emulated spreadsheet: cell storage, formula evaluation, TODAY/NOW on the virtual clock, custom functions.
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type CellValue,
  type FunctionPluginDefinition,
  type RawCellContent,
  type SimpleCellAddress,
} from 'hyperformula';
import { criteriaPlugin } from './criteria-plugin';

/** The parts of HyperFormula's interpreter state and call AST that plugins here read (deep imports are not exported). */
interface InterpreterState {
  readonly formulaAddress: SimpleCellAddress;
}
interface ProcedureAst {
  readonly procedureName: string;
  readonly args: never[];
}
type Implemented = (typeof FunctionPlugin)['implementedFunctions'];

/** What the engine needs from its spreadsheet: today's serial, Date conversion, and date-format lookups. */
export interface EngineHost {
  /** The virtual clock's current time as a spreadsheet serial in the sheet's zone. */
  nowSerial(): number;
  /** Converts a serial to a Date in the spreadsheet zone. */
  dateOfSerial(serial: number): Date;
  /** Converts a Date to a serial in the spreadsheet zone. */
  serialOfDate(date: Date): number;
  /** True when the cell carries an explicit date/time number format. */
  isDateFormatted(sheet: number, row: number, column: number): boolean;
  /** The sheet's size in rows and columns (whole-column ranges reach its last row, as in Sheets). */
  sheetSize(sheet: number): { rows: number; columns: number };
  /** Runs user code so that its own service calls are counted as outside calls. */
  runUserCode<T>(body: () => T): T;
}

export type CustomFunction = (...args: unknown[]) => unknown;

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);
const CLOCK_SHEET = '__emulator_clock__';

/** A HyperFormula rich number (DateNumber, PercentNumber…): a value with a detailed type. */
interface RichNumberLike {
  readonly val: number;
  getDetailedType(): string;
}

function isRichNumber(v: unknown): v is RichNumberLike {
  return typeof v === 'object' && v !== null && typeof (v as RichNumberLike).getDetailedType === 'function';
}

/** Internal members of FunctionPlugin we rely on (typed loosely in the public typings). */
interface PluginInternals {
  evaluateAst(ast: unknown, state: InterpreterState): unknown;
  arithmeticHelper: { ExtendedNumberFactory(value: number, typeFormat: { type: string }): unknown };
}

function clockPlugin(host: EngineHost): FunctionPluginDefinition {
  class ClockPlugin extends FunctionPlugin {
    static override implementedFunctions = {
      TODAY: { method: 'today', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATE' },
      NOW: { method: 'now', parameters: [], isVolatile: true, returnNumberType: 'NUMBER_DATETIME' },
    } as unknown as Implemented;
    today(ast: ProcedureAst, state: InterpreterState): unknown {
      return this.runFunction(ast.args as never, state as never, this.metadata('TODAY'), () => Math.floor(host.nowSerial()));
    }
    now(ast: ProcedureAst, state: InterpreterState): unknown {
      return this.runFunction(ast.args as never, state as never, this.metadata('NOW'), () => host.nowSerial());
    }
  }
  return ClockPlugin as unknown as FunctionPluginDefinition;
}

/** The outcome of the last custom-function call of a cell, kept for error messages and spill sizing. */
interface SpillSize {
  rows: number;
  columns: number;
}

function addressKey(a: SimpleCellAddress): string {
  return `${a.sheet},${a.row},${a.col}`;
}

/** Normalises a custom function's result to a 2-D array (a 1-D array is a column, as in Sheets). */
function resultRows(result: unknown): unknown[][] | undefined {
  if (!Array.isArray(result)) return undefined;
  if (result.length === 0) return [['']];
  if (!Array.isArray(result[0])) return Array.from(result, (v) => [v]);
  const width = Math.max(1, ...result.map((r: unknown) => (Array.isArray(r) ? r.length : 1)));
  return Array.from(result, (r: unknown) => {
    const row = Array.isArray(r) ? Array.from(r as unknown[]) : [r];
    while (row.length < width) row.push('');
    return row;
  });
}

export class FormulaEngine {
  readonly hf: HyperFormula;
  private customFunctions: Record<string, CustomFunction> = {};
  private readonly spillSizes = new Map<string, SpillSize>();
  private readonly resizePending = new Map<string, SimpleCellAddress>();
  private readonly clockSheet: number;
  /** Bumped before every change, so per-evaluation caches (criteria indexes) know when to drop. */
  generation = 0;

  constructor(
    private readonly host: EngineHost,
    locale: string,
  ) {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      functionPlugins: this.plugins(),
      dateFormats: localeDateFormats(locale),
      timeFormats: ['hh:mm', 'hh:mm:ss', 'hh:mm:ss.sss'],
      smartRounding: false,
      maxRows: 1_000_000,
      maxColumns: 18_278,
      useArrayArithmetic: false,
    });
    rangeDependencyShortcut(this.hf);
    this.hf.addSheet(CLOCK_SHEET);
    this.clockSheet = this.hf.getSheetId(CLOCK_SHEET) as number;
  }

  /** Replaces the custom functions callable from formulas (names are case-insensitive, like Sheets). */
  customFunctionsSet(functions: Record<string, CustomFunction>): void {
    this.customFunctions = {};
    const builtIn = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
    const translations: Record<string, string> = {};
    for (const [name, fn] of Object.entries(functions)) {
      const id = name.toUpperCase();
      if (typeof fn !== 'function' || builtIn.has(id) || !/^[A-Z_][A-Z0-9_.]*$/.test(id)) continue;
      this.customFunctions[id] = fn;
      translations[id] = id;
    }
    HyperFormula.getLanguage('enGB').extendFunctions(translations);
    this.run(() => this.hf.updateConfig({ functionPlugins: this.plugins() }));
  }

  /** Runs a HyperFormula change (contents, structure, names), then settles custom-function spills. */
  run<T>(change: () => T): T {
    this.generation++;
    const result = change();
    this.settle();
    return result;
  }

  /** Tells volatile functions (TODAY, NOW) that the clock moved, so they recompute. */
  clockTouched(): void {
    this.run(() => this.hf.setCellContents({ sheet: this.clockSheet, row: 0, col: 0 }, this.host.nowSerial()));
  }

  /** Re-enters custom-function formulas whose result changed size, until spills are stable. */
  settle(): void {
    for (let round = 0; round < 5 && this.resizePending.size > 0; round++) {
      const pending = [...this.resizePending.values()];
      this.resizePending.clear();
      this.generation++;
      for (const address of pending) {
        const formula = this.hf.getCellFormula(address);
        if (formula !== undefined) this.hf.setCellContents(address, formula);
      }
    }
    this.resizePending.clear();
  }

  /** Writes raw contents at a 0-based corner, then settles spills. */
  contentsSet(address: SimpleCellAddress, contents: RawCellContent[][]): void {
    this.run(() => this.hf.setCellContents(address, contents));
  }

  /** Values of a 0-based rectangle as HyperFormula reports them. */
  values(sheet: number, row: number, col: number, numRows: number, numCols: number): CellValue[][] {
    return this.hf.getRangeValues({ start: { sheet, row, col }, end: { sheet, row: row + numRows - 1, col: col + numCols - 1 } });
  }

  formulas(sheet: number, row: number, col: number, numRows: number, numCols: number): (string | undefined)[][] {
    return this.hf.getRangeFormulas({ start: { sheet, row, col }, end: { sheet, row: row + numRows - 1, col: col + numCols - 1 } });
  }

  /** True when HyperFormula types the cell's value as a date, datetime or time. */
  isDateTyped(sheet: number, row: number, col: number): boolean {
    return DATE_TYPES.has(this.hf.getCellValueDetailedType({ sheet, row, col }));
  }

  private plugins(): FunctionPluginDefinition[] {
    // Later plugins win: TODAY/NOW and the *IFS functions below replace the built-in ones.
    const list = [...HyperFormula.getAllFunctionPlugins()];
    list.push(clockPlugin(this.host));
    list.push(criteriaPlugin(() => this.generation));
    if (Object.keys(this.customFunctions).length > 0) list.push(this.customPlugin());
    return list;
  }

  private customPlugin(): FunctionPluginDefinition {
    const engine = this;
    const implemented: Record<string, object> = {};
    for (const id of Object.keys(this.customFunctions)) {
      implemented[id] = {
        method: 'call',
        sizeOfResultArrayMethod: 'size',
        parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
        repeatLastArgs: 1,
      };
    }
    class CustomFunctionPlugin extends FunctionPlugin {
      static override implementedFunctions = implemented as unknown as Implemented;
      call(ast: ProcedureAst, state: InterpreterState): unknown {
        return engine.customCall(this as unknown as PluginInternals, ast, state);
      }
      size(ast: ProcedureAst, state: InterpreterState): ArraySize {
        const s = engine.spillSizes.get(addressKey(state.formulaAddress));
        return s && (s.rows > 1 || s.columns > 1) ? new ArraySize(s.columns, s.rows) : ArraySize.scalar();
      }
    }
    return CustomFunctionPlugin as unknown as FunctionPluginDefinition;
  }

  /** Evaluates a custom function call as Sheets does: ranges → 2-D arrays, dates → Date, errors → #ERROR!. */
  private customCall(plugin: PluginInternals, ast: ProcedureAst, state: InterpreterState): unknown {
    const fn = this.customFunctions[ast.procedureName];
    if (!fn) return new CellError(ErrorType.NAME, `Unknown function: ${ast.procedureName}`);
    const args: unknown[] = [];
    for (const argAst of ast.args) {
      const value = plugin.evaluateAst(argAst, state);
      if (value instanceof CellError) return value;
      args.push(this.argumentOf(value, argAst, state));
    }
    let result: unknown;
    try {
      result = this.host.runUserCode(() => fn(...args));
    } catch (e) {
      return new CellError(ErrorType.ERROR, e instanceof Error ? e.message : String(e));
    }
    return this.resultValue(plugin, result, state.formulaAddress);
  }

  private argumentOf(value: unknown, argAst: unknown, state: InterpreterState): unknown {
    if (value instanceof SimpleRangeValue) {
      const start = value.range?.start;
      const rows = value.data.map((row, r) =>
        row.map((cell, c) => this.scalarOf(cell, start ? { sheet: start.sheet, row: start.row + r, col: start.col + c } : undefined)),
      );
      if (value.range) this.openRangePad(rows, value.range);
      return rows.length === 1 && rows[0]?.length === 1 ? rows[0][0] : rows;
    }
    const ref = argAst as { type?: string; reference?: { toSimpleCellAddress(a: SimpleCellAddress): SimpleCellAddress } };
    const address = ref.type === 'CELL_REFERENCE' && ref.reference ? ref.reference.toSimpleCellAddress(state.formulaAddress) : undefined;
    return this.scalarOf(value, address);
  }

  /** HyperFormula cuts A:A at the last used row; Sheets passes every row of the sheet (blank ones as ''). */
  private openRangePad(rows: unknown[][], range: { start: SimpleCellAddress; end: SimpleCellAddress }): void {
    const size = this.host.sheetSize(range.start.sheet);
    const width = rows[0]?.length ?? 0;
    if (!Number.isFinite(range.end.row) && width > 0) {
      while (rows.length < size.rows - range.start.row) rows.push(new Array<unknown>(width).fill(''));
    }
    if (!Number.isFinite(range.end.col)) {
      const columns = size.columns - range.start.col;
      for (const row of rows) while (row.length < columns) row.push('');
    }
  }

  private scalarOf(value: unknown, address: SimpleCellAddress | undefined): unknown {
    if (value === EmptyValue || value === undefined || value === null) return '';
    if (value instanceof CellError) return sheetsErrorText(value.type);
    if (isRichNumber(value)) return DATE_TYPES.has(value.getDetailedType()) ? this.host.dateOfSerial(value.val) : value.val;
    if (typeof value === 'number' && address && this.host.isDateFormatted(address.sheet, address.row, address.col)) {
      return this.host.dateOfSerial(value);
    }
    return value;
  }

  private resultValue(plugin: PluginInternals, result: unknown, address: SimpleCellAddress): unknown {
    const rows = resultRows(result);
    const key = addressKey(address);
    const predicted = this.spillSizes.get(key) ?? { rows: 1, columns: 1 };
    const actual = rows ? { rows: rows.length, columns: rows[0]?.length ?? 1 } : { rows: 1, columns: 1 };
    if (actual.rows !== predicted.rows || actual.columns !== predicted.columns) {
      this.spillSizes.set(key, actual);
      this.resizePending.set(key, address);
    }
    if (!rows) return this.resultScalar(plugin, result);
    if (predicted.rows === 1 && predicted.columns === 1) return this.resultScalar(plugin, rows[0]?.[0]);
    const fitted = Array.from(rows.slice(0, predicted.rows), (r) => Array.from(r.slice(0, predicted.columns), (v) => this.resultScalar(plugin, v)));
    return SimpleRangeValue.onlyValues(fitted as never);
  }

  private resultScalar(plugin: PluginInternals, v: unknown): unknown {
    if (v === null || v === undefined || v === '') return EmptyValue;
    if (v instanceof Date) {
      const serial = this.host.serialOfDate(v);
      return plugin.arithmeticHelper.ExtendedNumberFactory(serial, { type: Number.isInteger(serial) ? 'NUMBER_DATE' : 'NUMBER_DATETIME' });
    }
    if (typeof v === 'number') return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    return String(v);
  }
}

/** HyperFormula's dependency graph internals touched by rangeDependencyShortcut. */
interface GraphInternals {
  processCellDependencies(deps: unknown[], endVertex: { idInGraph?: number }): void;
  getRange(start: unknown, end: unknown): { idInGraph?: number } | undefined;
  graph: { edgesSparseArray: number[][] };
}

const PATCHED = Symbol.for('customer-ledger.emulator.rangeDependencyShortcut');

/** A Set mirror of one node's outgoing edge list, trusted while the list keeps the length last seen. */
const edgeMirrors = new WeakMap<number[], { known: Set<number>; length: number }>();

/**
 * Makes adding a formula that uses an existing range (Sales!C:C) cost O(1) instead of O(range size).
 * Why: HyperFormula re-adds an edge from every cell of the range each time a formula uses it, and checks
 * each new edge with a linear scan of the range's dependents, so 20k formulas over a 20k-row column cost
 * hundreds of millions of steps (also when it rebuilds after setCustomFunctions). An existing range vertex
 * already has its cell edges (HyperFormula keeps them on edits), so only range → formula is added,
 * de-duplicated through a Set mirror of the range's dependents (graph node ids are never reused).
 * The patch is on the prototype, so it also covers HyperFormula's internal rebuilds; the graph it
 * produces is the same, only faster to build.
 */
function rangeDependencyShortcut(hf: HyperFormula): void {
  const proto = Object.getPrototypeOf((hf as unknown as { dependencyGraph: GraphInternals }).dependencyGraph) as GraphInternals & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const original = proto.processCellDependencies;
  proto.processCellDependencies = function processCellDependencies(this: GraphInternals, deps, endVertex) {
    const rest: unknown[] = [];
    for (const dep of deps) {
      const range = dep as { start?: unknown; end?: unknown };
      const vertex = range.start !== undefined && range.end !== undefined ? this.getRange(range.start, range.end) : undefined;
      const from = vertex?.idInGraph;
      const to = endVertex.idInGraph;
      const edges = from === undefined ? undefined : this.graph.edgesSparseArray[from];
      if (to === undefined || !edges) {
        rest.push(dep);
        continue;
      }
      let mirror = edgeMirrors.get(edges);
      if (!mirror || mirror.length !== edges.length) {
        mirror = { known: new Set(edges), length: edges.length };
        edgeMirrors.set(edges, mirror);
      }
      if (!mirror.known.has(to)) {
        edges.push(to);
        mirror.known.add(to);
        mirror.length = edges.length;
      }
    }
    original.call(this, rest, endVertex);
  };
  proto[PATCHED] = true;
}

/** Date formats the sheet's locale parses from typed text (ISO always works). */
function localeDateFormats(locale: string): string[] {
  const iso = ['YYYY-MM-DD', 'YYYY/MM/DD'];
  if (/^en[_-]US$/i.test(locale)) return [...iso, 'MM/DD/YYYY'];
  if (/^(zh|ja|ko)/i.test(locale)) return iso;
  return [...iso, 'DD/MM/YYYY', 'DD.MM.YYYY'];
}

/** Sheets shows circular references and blocked spills as #REF!, everything else under the same name. */
export function sheetsErrorText(type: string): string {
  switch (type) {
    case 'CYCLE':
    case 'SPILL':
      return '#REF!';
    case 'DIV_BY_ZERO':
      return '#DIV/0!';
    case 'NA':
      return '#N/A';
    case 'NAME':
      return '#NAME?';
    case 'NUM':
      return '#NUM!';
    case 'REF':
      return '#REF!';
    case 'VALUE':
      return '#VALUE!';
    default:
      return '#ERROR!';
  }
}
