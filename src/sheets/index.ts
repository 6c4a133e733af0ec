// The public face of the sheets layer: schemas, header detection, cell codecs and the book reader.
export { bookRead, type BookRead, type BookReadOptions, type BookTables, type Table } from './book-read';
export { cellDateParts, type DateOrder, type DateParts } from './cell-date';
export { cellNumberText, type DecimalText, type NumberResult } from './cell-number';
export { cellIsBlank, cellKey, cellText, cellTextSafe, isDateObject } from './cell-text';
export {
  cellBoolean, cellChoice, cellCurrency, cellDate, cellDays, cellDecimal, cellMoney, cellRate,
  type CellFailureCode, type CellResult,
} from './cell-values';
export {
  adjustmentTypeChoices, allocationRuleChoices, choiceFind, choiceLabel, currencyChoices, customerStatusChoices,
  invoiceStatusChoices, type ChoiceSchema,
} from './choices';
export { headerDetect, headerKey, type HeaderMap, type HeaderResult } from './header-detect';
export {
  headerNormalize, schemaColumn, schemaHeaders, settingKeys, tabFromName, tabNames, tabSchemas,
  type ColumnSchema, type TabSchema,
} from './schemas';
export { settingsDefault } from './settings-read';
