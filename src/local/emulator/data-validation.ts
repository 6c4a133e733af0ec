// DataValidation rules and their builder, stored per cell (scripted writes are not checked against them, as in Sheets).
import { gas, type EmulatorContext } from './context';
import { DataValidationCriteria } from './enums';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
type DV = GoogleAppsScript.Spreadsheet.DataValidation;
type DVB = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

interface RuleState {
  criteriaType: keyof typeof DataValidationCriteria | undefined;
  criteriaValues: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class EmuDataValidation implements Pick<DV, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'> {
  constructor(
    private readonly ctx: EmulatorContext,
    readonly rule: Readonly<RuleState>,
  ) {
    return ctx.expose('DataValidation', this);
  }
  getCriteriaType(): Criteria {
    return (this.rule.criteriaType ?? null) as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.rule.criteriaValues];
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  getHelpText(): string {
    return this.rule.helpText ?? '';
  }
  copy(): DVB {
    return gas<DVB>(new EmuDataValidationBuilder(this.ctx, { ...this.rule, criteriaValues: [...this.rule.criteriaValues] }));
  }
}

type BuilderApi = Pick<
  DVB,
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireDateEqualTo'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireTextContains'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria'
>;

export class EmuDataValidationBuilder implements BuilderApi {
  private state: RuleState;
  constructor(
    private readonly ctx: EmulatorContext,
    state?: RuleState,
  ) {
    this.state = state ?? { criteriaType: undefined, criteriaValues: [], allowInvalid: true, helpText: null };
    return ctx.expose('DataValidationBuilder', this);
  }
  private criteria(type: keyof typeof DataValidationCriteria, values: unknown[]): DVB {
    this.state = { ...this.state, criteriaType: type, criteriaValues: values };
    return gas<DVB>(this);
  }
  build(): DV {
    if (!this.state.criteriaType) throw new Error('You must specify criteria for the data validation rule.');
    return gas<DV>(new EmuDataValidation(this.ctx, { ...this.state, criteriaValues: [...this.state.criteriaValues] }));
  }
  copy(): DVB {
    return gas<DVB>(new EmuDataValidationBuilder(this.ctx, { ...this.state, criteriaValues: [...this.state.criteriaValues] }));
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getCriteriaType(): Criteria {
    return this.state.criteriaType as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.state.criteriaValues];
  }
  getHelpText(): string {
    return this.state.helpText ?? '';
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): DVB {
    return this.criteria('CHECKBOX', [checked, unchecked].filter((v) => v !== undefined));
  }
  requireDate(): DVB {
    return this.criteria('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date): DVB {
    return this.criteria('DATE_AFTER', [date]);
  }
  requireDateBefore(date: Date): DVB {
    return this.criteria('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: Date, end: Date): DVB {
    return this.criteria('DATE_BETWEEN', [start, end]);
  }
  requireDateEqualTo(date: Date): DVB {
    return this.criteria('DATE_EQUAL_TO', [date]);
  }
  requireDateOnOrAfter(date: Date): DVB {
    return this.criteria('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: Date): DVB {
    return this.criteria('DATE_ON_OR_BEFORE', [date]);
  }
  requireFormulaSatisfied(formula: string): DVB {
    return this.criteria('CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): DVB {
    return this.criteria('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): DVB {
    return this.criteria('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): DVB {
    return this.criteria('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): DVB {
    return this.criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): DVB {
    return this.criteria('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): DVB {
    return this.criteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextContains(text: string): DVB {
    return this.criteria('TEXT_CONTAINS', [text]);
  }
  requireTextEqualTo(text: string): DVB {
    return this.criteria('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): DVB {
    return this.criteria('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DVB {
    return this.criteria('TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: string[], showDropdown = true): DVB {
    return this.criteria('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): DVB {
    return this.criteria('VALUE_IN_RANGE', [range, showDropdown]);
  }
  setAllowInvalid(allowInvalidData: boolean): DVB {
    this.state = { ...this.state, allowInvalid: allowInvalidData };
    return gas<DVB>(this);
  }
  setHelpText(helpText: string): DVB {
    this.state = { ...this.state, helpText };
    return gas<DVB>(this);
  }
  withCriteria(criteria: Criteria, args: unknown[]): DVB {
    return this.criteria(String(criteria) as keyof typeof DataValidationCriteria, [...args]);
  }
}

