// A pre-filled "messy" spreadsheet for the setup wizard: the user's own customer and sales sheets, their way.
import type { SeedGrid } from './seed';
import { dateAtZoneMidnight } from './seed';

/**
 * Two sheets as people keep them before any add-on: a title row and a blank row above the header, Chinese
 * and English synonyms mixed, columns in their own order, their own extra columns (销售员, 我的备注), and
 * a third sheet that is no ledger table at all. Sheet names are the user's, not the ledger's.
 */
export function messySeedGrids(timeZone: string): SeedGrid[] {
  const d = (iso: string) => dateAtZoneMidnight(iso, timeZone);
  return [
    {
      name: '客户资料',
      values: [
        ['2026 客户名单', '', '', '', '', ''],
        ['', '', '', '', '', ''],
        ['公司名称', '客户代码', '联系电话', '我的备注', 'E-mail', '信用额度'],
        ['上海宏达贸易有限公司', 'C001', '021-5555-0101', '老客户', 'ar@hongda.example', 50000],
        ['Northwind Imports', 'C002', '+1-555-0102', 'VIP', 'ap@northwind.example', 20000],
        ['杭州佳禾食品', 'C003', '0571-5555-0103', '', '', ''],
      ],
      formulas: {},
    },
    {
      name: '销售明细',
      values: [
        ['日期', 'Cust ID', '品名', 'Qty', '单价', '价税合计', '销售员'],
        [d('2026-10-08'), 'C001', '绿茶 500g', 20, 45, 900, '王芳'],
        [d('2026-10-15'), 'C002', 'Oolong tea gift box', 5, 120, 600, 'Li Lei'],
        [d('2026-11-02'), 'C003', '红茶 250g', 40, 18, 720, '王芳'],
      ],
      formulas: {},
    },
    {
      name: 'Notes',
      values: [
        ['Things to remember'],
        ['Call Northwind about the November order'],
      ],
      formulas: {},
    },
  ];
}
