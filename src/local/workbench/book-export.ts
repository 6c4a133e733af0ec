// The workbench's "Download .xlsx": the emulated spreadsheet's ledger tabs exported as the CLI's export does.
import type { IsoDate, TabName } from '../../core/types';
import type { BookTables } from '../../sheets/book-read';
import { tabFromName } from '../../sheets/schemas';
import type { Emulator } from '../emulator';
import { bookExportXlsx } from '../export/book-export';

/** Each ledger tab of the spreadsheet, found by its English or Chinese name, as the add-on's tables. */
function workbenchTables(emulator: Emulator): BookTables {
  const tables: Partial<Record<TabName, unknown[][]>> = {};
  emulator.uncounted(() => {
    for (const sheet of emulator.spreadsheet.getSheets()) {
      const tab = tabFromName(sheet.getName());
      if (tab && !tables[tab]) tables[tab] = sheet.getDataRange().getValues();
    }
  });
  return tables;
}

/** The whole book as .xlsx, with the derived tabs' formulas and their values as of the emulator's today. */
export function workbenchExportXlsx(emulator: Emulator): Promise<Buffer> {
  return bookExportXlsx(workbenchTables(emulator), { today: emulator.today() as IsoDate });
}
