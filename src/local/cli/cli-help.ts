// The --help text of customer-ledger, in English and Chinese.
import type { Lang } from '../../core/types';

const help: Record<Lang, string> = {
  en: `customer-ledger — receivables ledger for CSV folders and .xlsx workbooks

Usage:
  customer-ledger report --data PATH --as-of YYYY-MM-DD [--json] [--lang en|zh-CN]
  customer-ledger statement --data PATH --customer ID --from YYYY-MM-DD --to YYYY-MM-DD [--open-item] [--json] [--lang en|zh-CN]
  customer-ledger sample --out DIR [--lang en|zh-CN]
  customer-ledger --help

PATH is a folder of CSV files named after the tabs — Customers.csv, Sales.csv, Invoices.csv, Payments.csv,
and optionally Adjustments.csv, Allocations.csv (manual allocations), Settings.csv; Chinese names such as
客户.csv work too — in UTF-8 (with or without BOM) or GBK; or an .xlsx workbook with those sheets.

report     balances, aging and invoice status as of a date; problems in the data are listed after.
statement  one customer's statement of account for a period (balance-forward, or --open-item).
sample     writes a realistic sample book as CSV files (UTF-8 with BOM, opens in Excel).

--json prints one JSON document with every amount as a decimal string ("1234.50").
Exit status: 0 when the report was produced (even with problems listed); 2 for unusable input.
CUSTOMER_LEDGER_TIMING=1 prints the time of each phase (files, read, build, report) on stderr.
`,
  'zh-CN': `customer-ledger — 应收账款账本（CSV 文件夹或 .xlsx 工作簿）

用法：
  customer-ledger report --data 路径 --as-of YYYY-MM-DD [--json] [--lang en|zh-CN]
  customer-ledger statement --data 路径 --customer 客户编号 --from YYYY-MM-DD --to YYYY-MM-DD [--open-item] [--json] [--lang en|zh-CN]
  customer-ledger sample --out 目录 [--lang en|zh-CN]
  customer-ledger --help

路径是一个以表名命名的 CSV 文件夹 —— 客户.csv、销售记录.csv、账单.csv、收款.csv，以及可选的 调整.csv、
核销记录.csv（手工核销）、设置.csv；也可用英文名 Customers.csv 等 —— 编码为 UTF-8（可带 BOM）或 GBK；
或者是包含这些工作表的 .xlsx 工作簿。

report     截至某日的客户余额、账龄和账单状态；数据中的问题列在其后。
statement  某客户在某期间的对账单（余额结转式，或 --open-item 未清项式）。
sample     把一个示例账本写成 CSV 文件（UTF-8 带 BOM，可直接用 Excel 打开）。

--json 输出一个 JSON 文档，所有金额均为十进制字符串（"1234.50"）。
退出码：生成了报表即为 0（即使列出了问题）；输入无法使用时为 2。
设置环境变量 CUSTOMER_LEDGER_TIMING=1 可在 stderr 输出各阶段（读文件、读表、建账、报表）耗时。
`,
};

/** The usage text in `lang`. */
export function cliHelp(lang: Lang): string {
  return help[lang];
}
