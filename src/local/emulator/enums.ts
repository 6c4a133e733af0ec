// Apps Script enums as runtime values: names as strings (they compare and print as in Apps Script).

/** Builds an enum object whose members are their own names. */
function nameEnum<const K extends string>(names: readonly K[]): { readonly [P in K]: P } {
  const e = {} as { [P in K]: P };
  for (const n of names) e[n] = n;
  return Object.freeze(e);
}

/** An enum whose members are distinct objects (needed where an enum and a string share an overload). */
function objectEnum<const K extends string>(names: readonly K[]): { readonly [P in K]: { readonly name: P } } {
  const e = {} as { [P in K]: { readonly name: P } };
  for (const n of names) e[n] = Object.freeze({ name: n, toString: () => n, toJSON: () => n });
  return Object.freeze(e);
}

export const Button = nameEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = nameEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const ProtectionType = nameEnum(['RANGE', 'SHEET']);
export const DeveloperMetadataLocationType = nameEnum(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN', 'OBJECT']);
export const DeveloperMetadataVisibility = objectEnum(['DOCUMENT', 'PROJECT']);
export const DataValidationCriteria = nameEnum([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);
export const Dimension = nameEnum(['COLUMNS', 'ROWS']);
export const WrapStrategy = nameEnum(['WRAP', 'OVERFLOW', 'CLIP']);
export const AuthMode = nameEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const EventType = nameEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
export const TriggerSource = nameEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
export const WeekDay = nameEnum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);
export const SandboxMode = nameEnum(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = nameEnum(['ALLOWALL', 'DEFAULT']);
export const DigestAlgorithm = nameEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const Charset = nameEnum(['US_ASCII', 'UTF_8']);
export const ParagraphHeading = nameEnum(['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE']);
export const HorizontalAlignment = nameEnum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
export const ElementType = nameEnum(['BODY_SECTION', 'PARAGRAPH', 'TABLE', 'TABLE_ROW', 'TABLE_CELL', 'TEXT', 'PAGE_BREAK', 'HORIZONTAL_RULE']);
export const Access = nameEnum(['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE']);
export const Permission = nameEnum(['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'NONE']);
export const MimeType = Object.freeze({
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  FOLDER: 'application/vnd.google-apps.folder',
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  CSV: 'text/csv',
  JSON: 'application/json',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  PNG: 'image/png',
  JPEG: 'image/jpeg',
});
