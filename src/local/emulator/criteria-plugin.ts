// Fast SUMIFS/COUNTIFS/MAXIFS/MINIFS/SUMIF/COUNTIF for HyperFormula: same criteria semantics, but indexed per evaluation pass.
// Why: HyperFormula's criterion cache keeps one criterion per range, so 20k rows of SUMIFS with distinct keys are quadratic.
import { CellError, ErrorType, FunctionPlugin, HyperFormula, SimpleRangeValue, type FunctionPluginDefinition } from 'hyperformula';

/** Internals of HyperFormula used here (not in its public typings). */
interface Criterion {
  readonly operator: string;
  readonly value: unknown;
}
interface CriterionBuilder {
  fromCellValue(raw: unknown, helper: unknown): { raw: unknown; lambda: (v: unknown) => boolean } | undefined;
  parseCriterion(raw: unknown, helper: unknown): Criterion | undefined;
}
interface PluginInternals {
  interpreter: { criterionBuilder: CriterionBuilder };
  arithmeticHelper: { normalizeString(s: string): string };
  runFunction(args: unknown, state: unknown, metadata: unknown, fn: (...a: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
}
interface CallAst {
  readonly args: unknown;
}

type Aggregate = 'sum' | 'count' | 'max' | 'min';

/** Values of one range flattened row-major, plus an index of its string cells by normalised text. */
interface RangeData {
  readonly values: unknown[];
  index?: Map<string, number[]>;
}

function rawOf(v: unknown): unknown {
  return typeof v === 'object' && v !== null && 'val' in v ? (v as { val: number }).val : v;
}

type Implemented = (typeof FunctionPlugin)['implementedFunctions'];

/** Builds the plugin; `generation()` changes whenever sheet contents may have changed, which empties the caches. */
export function criteriaPlugin(generation: () => number): FunctionPluginDefinition {
  const original = HyperFormula.getAllFunctionPlugins().find((p) => 'SUMIFS' in p.implementedFunctions);
  if (!original) throw new Error('criteria-plugin: HyperFormula has no SUMIFS');
  const names = ['SUMIFS', 'COUNTIFS', 'MAXIFS', 'MINIFS', 'SUMIF', 'COUNTIF'];
  const implemented: Record<string, object> = {};
  for (const n of names) implemented[n] = { ...original.implementedFunctions[n], method: `fast${n}` };

  let cacheGeneration = -1;
  const cache = new Map<string, RangeData>();

  function rangeData(range: SimpleRangeValue): RangeData {
    const r = range.range;
    if (cacheGeneration !== generation()) {
      cache.clear();
      cacheGeneration = generation();
    }
    const key = r ? `${r.start.sheet}:${r.start.row}:${r.start.col}:${r.end.row}:${r.end.col}` : undefined;
    const hit = key ? cache.get(key) : undefined;
    if (hit) return hit;
    const values: unknown[] = [];
    for (const row of range.data) for (const v of row) values.push(rawOf(v));
    const data: RangeData = { values };
    if (key) cache.set(key, data);
    return data;
  }

  function stringIndex(data: RangeData, helper: PluginInternals['arithmeticHelper']): Map<string, number[]> {
    if (!data.index) {
      const index = new Map<string, number[]>();
      data.values.forEach((v, i) => {
        if (typeof v !== 'string') return;
        const k = helper.normalizeString(v);
        const list = index.get(k);
        if (list) list.push(i);
        else index.set(k, [i]);
      });
      data.index = index;
    }
    return data.index;
  }

  function aggregate(plugin: PluginInternals, kind: Aggregate, valuesRange: SimpleRangeValue | undefined, conditionArgs: unknown[]): unknown {
    const conditions: Array<{ data: RangeData; lambda: (v: unknown) => boolean; parsed: Criterion | undefined }> = [];
    const builder = plugin.interpreter.criterionBuilder;
    const shape = valuesRange ?? (conditionArgs[0] as SimpleRangeValue);
    for (let i = 0; i < conditionArgs.length; i += 2) {
      const range = conditionArgs[i] as SimpleRangeValue;
      if (!range.sameDimensionsAs(shape)) return new CellError(ErrorType.VALUE, 'Wrong range dimension.');
      const pkg = builder.fromCellValue(conditionArgs[i + 1], plugin.arithmeticHelper);
      if (!pkg) return new CellError(ErrorType.VALUE, 'Incorrect criterion.');
      conditions.push({ data: rangeData(range), lambda: pkg.lambda, parsed: builder.parseCriterion(conditionArgs[i + 1], plugin.arithmeticHelper) });
    }
    const values = valuesRange ? rangeData(valuesRange).values : undefined;
    const size = conditions[0]?.data.values.length ?? 0;
    const indexed = conditions.find((c) => c.parsed?.operator === 'EQUAL' && typeof c.parsed.value === 'string' && !/[*?~]/.test(c.parsed.value));
    const candidates = indexed
      ? stringIndex(indexed.data, plugin.arithmeticHelper).get(plugin.arithmeticHelper.normalizeString(indexed.parsed?.value as string)) ?? []
      : undefined;
    let acc = kind === 'max' ? -Infinity : kind === 'min' ? Infinity : 0;
    const visit = (i: number): CellError | undefined => {
      for (const c of conditions) if (!c.lambda(c.data.values[i])) return undefined;
      if (kind === 'count') {
        acc++;
        return undefined;
      }
      const v = values?.[i];
      if (v instanceof CellError) return v;
      if (typeof v !== 'number') return undefined;
      acc = kind === 'sum' ? acc + v : kind === 'max' ? Math.max(acc, v) : Math.min(acc, v);
      return undefined;
    };
    if (candidates) {
      for (const i of candidates) {
        const err = visit(i);
        if (err) return err;
      }
    } else {
      for (let i = 0; i < size; i++) {
        const err = visit(i);
        if (err) return err;
      }
    }
    return Number.isFinite(acc) ? acc : 0;
  }

  class CriteriaPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented as unknown as Implemented;
  }
  const methods: Record<string, (this: PluginInternals, ast: CallAst, state: unknown) => unknown> = {
    fastSUMIFS(ast, state) {
      return this.runFunction(ast.args, state, this.metadata('SUMIFS'), (v, ...c) => aggregate(this, 'sum', v as SimpleRangeValue, c));
    },
    fastCOUNTIFS(ast, state) {
      return this.runFunction(ast.args, state, this.metadata('COUNTIFS'), (...c) => aggregate(this, 'count', undefined, c));
    },
    fastMAXIFS(ast, state) {
      return this.runFunction(ast.args, state, this.metadata('MAXIFS'), (v, ...c) => aggregate(this, 'max', v as SimpleRangeValue, c));
    },
    fastMINIFS(ast, state) {
      return this.runFunction(ast.args, state, this.metadata('MINIFS'), (v, ...c) => aggregate(this, 'min', v as SimpleRangeValue, c));
    },
    fastSUMIF(ast, state) {
      return this.runFunction(ast.args, state, this.metadata('SUMIF'), (range, criterion, sum) =>
        aggregate(this, 'sum', (sum ?? range) as SimpleRangeValue, [range, criterion]),
      );
    },
    fastCOUNTIF(ast, state) {
      return this.runFunction(ast.args, state, this.metadata('COUNTIF'), (range, criterion) => aggregate(this, 'count', undefined, [range, criterion]));
    },
  };
  Object.assign(CriteriaPlugin.prototype, methods);
  return CriteriaPlugin as unknown as FunctionPluginDefinition;
}
