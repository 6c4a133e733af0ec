// A deterministic, realistic sample book of a small trading company (2026), as the tables a user would type.
import type { Lang } from '../../core/types';
import { adjustmentTypeChoices, choiceLabel, customerStatusChoices, invoiceStatusChoices } from '../../sheets/choices';
import {
  adjustmentsSchema, customersSchema, invoicesSchema, paymentsSchema, salesSchema, settingKeys, settingsSchema,
  type TabSchema,
} from '../../sheets/schemas';
import { randomSeeded, sampleDateAdd, sampleDateDiff, type Random } from './sample-random';

export type SampleCell = string | number | boolean;
export type SampleTab = 'Settings' | 'Customers' | 'Sales' | 'Invoices' | 'Payments' | 'Adjustments';
export type SampleTables = Record<SampleTab, SampleCell[][]>;

/** The last date with activity in the sample book; reports "as of" this date show every aging bucket. */
export const sampleLastDate = '2026-11-20';

interface SampleCustomer {
  id: string;
  name: string;
  contact: string;
  email: string;
  phone: string;
  address: string;
  taxId: string;
  terms: number;
  creditLimit: number | '';
  currency: 'CNY' | 'USD';
  active: boolean;
  /** How the customer pays: 0 = always on time … 1 = slow, partial, sometimes never. */
  sloppiness: number;
}

const customers: readonly SampleCustomer[] = [
  c('C001', '上海明辉贸易有限公司 Shanghai Minghui Trading Co.', '王丽', 'wangli@minghui-trade.cn', '021-6234 5566', '上海市浦东新区张杨路 1288 号', '91310115MA1K3B2X7Q', 30, 200000, 'CNY', 0.1),
  c('C002', '杭州绿源食品有限公司 Hangzhou Lvyuan Foods Co.', '陈建国', 'chenjg@lvyuanfood.com', '0571-8765 4321', '杭州市余杭区文一西路 998 号', '91330110MA2H8C4L5N', 45, 150000, 'CNY', 0.3),
  c('C003', '深圳华创电子科技有限公司 Shenzhen Huachuang Electronics', '李伟', 'liwei@hcelec.cn', '0755-2666 8899', '深圳市南山区科技园南区 T3 栋', '91440300MA5F1K9P2R', 30, 300000, 'CNY', 0.2),
  c('C004', '北京京北建材有限公司 Beijing Jingbei Building Materials', '张强', 'zhangq@jbjc.com.cn', '010-8456 1234', '北京市昌平区回龙观西大街 18 号', '91110114MA01XY3B8K', 60, 250000, 'CNY', 0.7),
  c('C005', '广州粤海餐饮管理有限公司 Guangzhou Yuehai Catering', '黄敏', 'huangmin@yuehai-food.com', '020-3888 6655', '广州市天河区体育西路 103 号', '91440101MA9W2R5T6U', 15, 80000, 'CNY', 0.4),
  c('C006', '成都天府文化传媒有限公司 Chengdu Tianfu Media', '刘洋', 'liuyang@tianfumedia.cn', '028-8555 7788', '成都市锦江区红星路三段 1 号', '91510104MA6C7D8E9F', 30, '', 'CNY', 0.5),
  c('C007', '苏州工业园区精密机械有限公司 Suzhou Precision Machinery', '周杰', 'zhoujie@szpm.com', '0512-6288 1199', '苏州工业园区星湖街 328 号', '91320594MA1N2P3Q4R', 60, 400000, 'CNY', 0.15),
  c('C008', '武汉长江物流有限公司 Wuhan Changjiang Logistics', '吴静', 'wujing@cjwl.com.cn', '027-8777 2233', '武汉市江汉区建设大道 568 号', '91420103MA4K5L6M7N', 30, 100000, 'CNY', 0.6),
  c('C009', '南京金陵印务有限公司 Nanjing Jinling Printing', '孙磊', 'sunlei@jlprint.cn', '025-8432 5678', '南京市秦淮区中山南路 222 号', '91320104MA1R2S3T4U', 30, 60000, 'CNY', 0.25),
  c('C010', '厦门海湾进出口有限公司 Xiamen Bay Import & Export', '林芳', 'linfang@xmbay.com', '0592-5123 4567', '厦门市思明区鹭江道 8 号', '91350203MA3V4W5X6Y', 45, 180000, 'CNY', 0.35),
  c('C011', '重庆山城火锅连锁有限公司 Chongqing Shancheng Hotpot', '何勇', 'heyong@scHotpot.cn', '023-6311 8800', '重庆市渝中区解放碑民权路 28 号', '91500103MA5Z6A7B8C', 15, 50000, 'CNY', 0.8),
  c('C012', '青岛蓝海水产有限公司 Qingdao Blue Sea Seafood', '郭敏', 'guomin@bluesea-qd.com', '0532-8588 6677', '青岛市市南区香港中路 76 号', '91370202MA3D4E5F6G', 30, 120000, 'CNY', 0.3),
  c('C013', '西安秦风文创有限公司 Xi\'an Qinfeng Creative', '马超', 'machao@qinfeng.art', '029-8833 4455', '西安市雁塔区大雁塔南广场 1 号', '91610113MA6H7J8K9L', 30, '', 'CNY', 0.45),
  c('C014', '宁波东方五金有限公司 Ningbo Dongfang Hardware', '徐明', 'xuming@dfwj.cn', '0574-8722 3344', '宁波市鄞州区天童南路 588 号', '91330212MA2M3N4P5Q', 60, 220000, 'CNY', 0.2),
  c('C015', '天津滨海化工有限公司 Tianjin Binhai Chemicals', '赵磊', 'zhaolei@bhchem.com', '022-2566 7788', '天津市滨海新区第三大街 51 号', '91120116MA0R1S2T3U', 45, 350000, 'CNY', 0.55),
  c('C016', '长沙湘江教育咨询有限公司 Changsha Xiangjiang Education', '邓华', 'denghua@xjedu.cn', '0731-8456 9900', '长沙市岳麓区麓山南路 932 号', '91430104MA4V5W6X7Y', 30, 40000, 'CNY', 0.65),
  c('C017', 'Pacific Rim Traders Ltd.', 'Michael Tan', 'ap@pacificrim-traders.com', '+65 6123 4567', '1 Raffles Place, #20-01, Singapore 048616', 'SG201912345K', 30, 60000, 'USD', 0.25),
  c('C018', 'Nordic Design AB', 'Anna Lindqvist', 'invoices@nordicdesign.se', '+46 8 123 456 78', 'Sveavägen 44, 111 34 Stockholm, Sweden', 'SE556123456701', 45, 40000, 'USD', 0.35),
  c('C019', 'Golden Gate Imports LLC', 'David Miller', 'accounts@ggimports.com', '+1 415 555 0199', '500 Battery St, San Francisco, CA 94111, USA', '94-3123456', 30, '', 'CNY', 0.5),
  c('C020', '昆明彩云茶业有限公司 Kunming Caiyun Tea', '杨雪', 'yangxue@caiyuntea.cn', '0871-6388 1122', '昆明市五华区东风西路 120 号', '91530102MA6Z7A8B9C', 30, 30000, 'CNY', 0.4),
];

function c(
  id: string, name: string, contact: string, email: string, phone: string, address: string, taxId: string,
  terms: number, creditLimit: number | '', currency: 'CNY' | 'USD', sloppiness: number,
): SampleCustomer {
  return { id, name, contact, email, phone, address, taxId, terms, creditLimit, currency, active: id !== 'C016', sloppiness };
}

interface Product {
  en: string;
  zh: string;
  /** Unit price in minor units (fen / cents). */
  price: number;
}

const products: readonly Product[] = [
  { en: 'Office chair, ergonomic', zh: '人体工学办公椅', price: 89900 },
  { en: 'Standing desk 1.4 m', zh: '升降办公桌 1.4 米', price: 168000 },
  { en: 'A4 copy paper (box of 5 reams)', zh: 'A4 复印纸（5 包/箱）', price: 13250 },
  { en: 'Laser printer toner', zh: '激光打印机硒鼓', price: 42800 },
  { en: 'LED panel light 600×600', zh: 'LED 平板灯 600×600', price: 15600 },
  { en: 'Network switch, 24 ports', zh: '24 口网络交换机', price: 125000 },
  { en: 'Installation service (per day)', zh: '安装服务（按天）', price: 80000 },
  { en: 'Maintenance contract (monthly)', zh: '维保服务（月度）', price: 350000 },
  { en: 'Stainless steel shelving unit', zh: '不锈钢货架', price: 56500 },
  { en: 'Packing tape (carton of 72)', zh: '封箱胶带（72 卷/箱）', price: 18800 },
  { en: 'Safety shoes', zh: '劳保鞋', price: 16900 },
  { en: 'Freight and handling', zh: '运费及装卸费', price: 30000 },
];

const methods: readonly { en: string; zh: string }[] = [
  { en: 'Bank transfer', zh: '银行转账' },
  { en: 'Bank transfer', zh: '银行转账' },
  { en: 'Alipay', zh: '支付宝' },
  { en: 'WeChat Pay', zh: '微信支付' },
  { en: 'Bank acceptance bill', zh: '银行承兑汇票' },
];

interface Line {
  date: string;
  customer: SampleCustomer;
  product: Product;
  quantity: number;
  /** Tax rate in whole percent. */
  rate: number;
  /** Tax-inclusive amount in minor units. */
  amount: number;
  invoiceNo: string;
}

interface SampleInvoice {
  no: string;
  customer: SampleCustomer;
  issueDate: string;
  dueDate: string;
  /** Typed into the Due Date cell (blank = Issue Date + terms). */
  dueDateTyped: string;
  status: 'Draft' | 'Issued' | 'Void';
  total: number;
}

interface SamplePayment {
  date: string;
  customer: SampleCustomer;
  amount: number;
  method: { en: string; zh: string };
  reference: string;
  invoiceNo: string;
  notes: string;
}

interface SampleAdjustment {
  date: string;
  customer: SampleCustomer;
  type: 'CreditNote' | 'WriteOff' | 'Debit';
  amount: number;
  invoiceNo: string;
  reason: { en: string; zh: string };
}

interface SampleData {
  lines: Line[];
  invoices: SampleInvoice[];
  payments: SamplePayment[];
  adjustments: SampleAdjustment[];
}

/** Tax-inclusive line amount in minor units: quantity × price × (1 + rate), rounded half away from zero. */
function lineAmount(quantity: number, price: number, rate: number): number {
  const hundredths = quantity * price * (100 + rate);
  return Math.floor((hundredths + 50) / 100);
}

/** Minor units as the number a user types (12345 → 123.45). */
function typed(minor: number): number {
  return minor / 100;
}

/** Builds every invoice with its sales lines, ~200 lines over 2026-01-05 … 2026-11-20. */
function sampleInvoices(random: Random): { lines: Line[]; invoices: SampleInvoice[] } {
  const lines: Line[] = [];
  const invoices: SampleInvoice[] = [];
  let date = '2026-01-05';
  let sequence = 0;
  while (lines.length < 196) {
    date = sampleDateAdd(date, random.int(1, 4));
    if (date > sampleLastDate) break;
    const customer = random.pick(customers.filter((x) => x.active || date < '2026-06-01'));
    const no = `INV-2026-${String(++sequence).padStart(4, '0')}`;
    const count = random.chance(0.5) ? 1 : random.chance(0.7) ? 2 : 3;
    const rate = customer.currency === 'USD' ? 0 : random.chance(0.85) ? 13 : 6;
    let total = 0;
    for (let i = 0; i < count; i += 1) {
      const product = random.pick(products);
      const quantity = random.int(1, product.price > 100000 ? 4 : 40);
      const price = customer.currency === 'USD' ? Math.round(product.price / 7.1) : product.price;
      const amount = lineAmount(quantity, price, rate);
      total += amount;
      lines.push({ date: sampleDateAdd(date, -random.int(0, 3)), customer, product, quantity, rate, amount, invoiceNo: no });
    }
    const dueDate = sampleDateAdd(date, customer.terms);
    const dueDateTyped = random.chance(0.25) ? dueDate : '';
    invoices.push({ no, customer, issueDate: date, dueDate, dueDateTyped, status: 'Issued', total });
  }
  sampleStatusesMark(invoices);
  sampleUnbilledAdd(random, lines);
  return { lines, invoices };
}

/** The two most recent invoices of C003 and C009 stay Draft; one early invoice is Void. */
function sampleStatusesMark(invoices: SampleInvoice[]): void {
  const last = (id: string): SampleInvoice | undefined => [...invoices].reverse().find((i) => i.customer.id === id);
  for (const id of ['C003', 'C009']) {
    const invoice = last(id);
    if (invoice) invoice.status = 'Draft';
  }
  const voided = invoices[6];
  if (voided) voided.status = 'Void';
}

/** A few recent sales that are not billed yet (blank Invoice No). */
function sampleUnbilledAdd(random: Random, lines: Line[]): void {
  for (let i = 0; i < 4; i += 1) {
    const customer = random.pick(customers.filter((x) => x.currency === 'CNY' && x.active));
    const product = random.pick(products);
    const quantity = random.int(1, 10);
    lines.push({
      date: sampleDateAdd('2026-11-10', random.int(0, 10)), customer, product, quantity, rate: 13,
      amount: lineAmount(quantity, product.price, 13), invoiceNo: '',
    });
  }
}

/** How each issued invoice gets paid: exactly, by reference, partially, in one lump, late or never. */
function samplePayments(random: Random, invoices: readonly SampleInvoice[]): SamplePayment[] {
  const payments: SamplePayment[] = [];
  for (const invoice of invoices) {
    if (invoice.status !== 'Issued' || invoice.customer.id === retainerCustomerId) continue;
    const slow = invoice.customer.sloppiness;
    const delay = invoice.customer.terms + random.int(-20, 10) + Math.round(slow * random.int(0, 90));
    const date = sampleDateAdd(invoice.issueDate, Math.max(1, delay));
    if (date > sampleLastDate || random.chance(slow * 0.15)) continue;
    const method = invoice.customer.currency === 'USD' ? { en: 'Wire transfer', zh: '电汇' } : random.pick(methods);
    const style = random.next();
    const base = { customer: invoice.customer, method, notes: '' };
    if (style < 0.3) {
      payments.push({ ...base, date, amount: invoice.total, reference: '', invoiceNo: invoice.no });
    } else if (style < 0.45) {
      payments.push({ ...base, date, amount: invoice.total, reference: `货款 ${invoice.no}`, invoiceNo: '' });
    } else if (style < 0.6) {
      payments.push({ ...base, date, amount: invoice.total, reference: `TRF${random.int(100000, 999999)}`, invoiceNo: '' });
    } else if (style < 0.95) {
      payments.push(...sampleInstallments(random, invoice, date, base));
    } else {
      const rounded = Math.ceil(invoice.total / 10000) * 10000;
      payments.push({ ...base, date, amount: rounded, reference: '', invoiceNo: '', notes: '整数付款 rounded up' });
    }
  }
  payments.push(...sampleLumpPayments(), ...sampleAdvancePayments());
  return payments.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A deposit naming the invoice in its reference, then one or two instalments (the last may never come). */
function sampleInstallments(
  random: Random, invoice: SampleInvoice, date: string, base: Pick<SamplePayment, 'customer' | 'method' | 'notes'>,
): SamplePayment[] {
  const first = Math.round(invoice.total * (0.3 + random.int(0, 3) / 10));
  const payments: SamplePayment[] = [{ ...base, date, amount: first, reference: `${invoice.no} 首付款 deposit`, invoiceNo: '' }];
  let left = invoice.total - first;
  let when = date;
  const parts = random.chance(0.7) ? 2 : 1;
  for (let part = 1; part <= parts; part += 1) {
    when = sampleDateAdd(when, random.int(15, 45));
    if (when > sampleLastDate || random.chance(invoice.customer.sloppiness * 0.4)) break;
    const amount = part === parts ? left : Math.round(left / 2);
    payments.push({ ...base, date: when, amount, reference: '', invoiceNo: invoice.no, notes: part === parts ? '尾款 balance' : '' });
    left -= amount;
  }
  return payments;
}

/** Two on-account payments with no invoice named: they are matched oldest-first (fifo). */
function sampleLumpPayments(): SamplePayment[] {
  const c004 = customers[3] as SampleCustomer;
  const c015 = customers[14] as SampleCustomer;
  const method = { en: 'Bank transfer', zh: '银行转账' };
  return [
    { date: '2026-09-30', customer: c004, amount: 5000000, method, reference: '', invoiceNo: '', notes: '三季度回款 Q3 settlement' },
    { date: '2026-10-15', customer: c015, amount: 2000000, method, reference: '', invoiceNo: '', notes: '预付款 on account' },
  ];
}

/** The customer on a retainer: it pays only its monthly advances, which settle its invoices. */
const retainerCustomerId = 'C007';

/** A customer on a retainer pays a fixed advance each month, before and regardless of its invoices. */
function sampleAdvancePayments(): SamplePayment[] {
  const c007 = customers[6] as SampleCustomer;
  const method = { en: 'Bank transfer', zh: '银行转账' };
  return Array.from({ length: 11 }, (_, month): SamplePayment => ({
    date: `2026-${String(month + 1).padStart(2, '0')}-${month === 10 ? '18' : '25'}`,
    customer: c007, amount: 250000, method, reference: `ADV-2026-${String(month + 1).padStart(2, '0')}`,
    invoiceNo: '', notes: '月度预付款 monthly advance',
  }));
}

/** A credit note for returned goods, a write-off of an old debt, a freight debit and a discount. */
function sampleAdjustments(invoices: readonly SampleInvoice[]): SampleAdjustment[] {
  const issued = invoices.filter((i) => i.status === 'Issued');
  const of = (id: string): SampleInvoice[] => issued.filter((i) => i.customer.id === id);
  const adjustments: SampleAdjustment[] = [];
  const returned = of('C002')[1];
  if (returned) {
    adjustments.push({
      date: sampleDateAdd(returned.issueDate, 12), customer: returned.customer, type: 'CreditNote',
      amount: Math.round(returned.total * 0.2), invoiceNo: returned.no,
      reason: { en: 'Goods returned (damaged in transit)', zh: '退货（运输破损）' },
    });
  }
  const bad = of('C011')[0];
  if (bad) {
    adjustments.push({
      date: '2026-10-31', customer: bad.customer, type: 'WriteOff', amount: Math.min(bad.total, 150000), invoiceNo: bad.no,
      reason: { en: 'Uncollectable balance written off', zh: '确认无法收回，坏账核销' },
    });
  }
  adjustments.push({
    date: '2026-08-18', customer: customers[7] as SampleCustomer, type: 'Debit', amount: 48000, invoiceNo: '',
    reason: { en: 'Express freight re-delivery charge', zh: '加急运费（二次配送）' },
  });
  adjustments.push({
    date: '2026-06-30', customer: customers[0] as SampleCustomer, type: 'CreditNote', amount: 100000, invoiceNo: '',
    reason: { en: 'Volume rebate H1 2026', zh: '2026 年上半年销量返利' },
  });
  return adjustments;
}

/** The whole sample book as plain records (seeded: identical on every call). */
function sampleData(): SampleData {
  const random = randomSeeded(20260105);
  const { lines, invoices } = sampleInvoices(random);
  const payments = samplePayments(random, invoices);
  const adjustments = sampleAdjustments(invoices);
  return { lines, invoices, payments, adjustments };
}

/** The header row of `keys` of `schema` in `lang`. */
function headerRow(schema: TabSchema, keys: readonly string[], lang: Lang): string[] {
  return keys.map((key) => {
    const column = schema.columns.find((x) => x.key === key);
    if (!column) throw new Error(`headerRow: ${schema.tab} has no column ${key}`);
    return column.header[lang];
  });
}

function settingLabel(key: string, lang: Lang): string {
  const found = settingKeys.find((s) => s.key === key);
  if (!found) throw new Error(`settingLabel: no setting ${key}`);
  return found.label[lang];
}

function settingsTable(lang: Lang): SampleCell[][] {
  return [
    headerRow(settingsSchema, ['key', 'value'], lang),
    [settingLabel('companyName', lang), '杭州云帆办公用品有限公司 Hangzhou Yunfan Office Supplies Co., Ltd.'],
    [settingLabel('currency', lang), 'CNY'],
    [settingLabel('termsDays', lang), 30],
    [settingLabel('taxRate', lang), '13%'],
    [settingLabel('language', lang), lang],
    [settingLabel('agingBuckets', lang), '30, 60, 90'],
    [settingLabel('invoiceNumberFormat', lang), 'INV-{YYYY}-{0000}'],
    // Company details, statement and reminder settings: what invoice documents, statements and mail use.
    [settingLabel('companyAddress', lang), lang === 'en' ? '88 Wensan Road, Xihu District, Hangzhou' : '杭州市西湖区文三路88号'],
    [settingLabel('companyEmail', lang), 'ar@yunfan-office.example'],
    [settingLabel('companyPhone', lang), '0571-8888 6666'],
    [settingLabel('companyTaxId', lang), '91330106MA2B3C4D5E'],
    [settingLabel('bankDetails', lang), lang === 'en' ? 'Bank of Hangzhou Wensan Branch, A/C 3301 0400 1234 5678' : '杭州银行文三支行 账号 3301 0400 1234 5678'],
    [settingLabel('statementReplyDays', lang), 7],
    [settingLabel('reminder1', lang), lang === 'en' ? '7 | 0 | customer' : '7 | 0 | 客户'],
    [settingLabel('reminder2', lang), lang === 'en' ? '30 | 500 | both' : '30 | 500 | 两者'],
    [settingLabel('reminder3', lang), lang === 'en' ? '60 | 1000 | both' : '60 | 1000 | 两者'],
  ];
}

function customersTable(lang: Lang): SampleCell[][] {
  const keys = ['customerId', 'name', 'contact', 'email', 'phone', 'address', 'taxId', 'termsDays', 'creditLimit', 'currency', 'status', 'notes', 'salespersonEmail'];
  // Two salespeople share the customers, so reminders "to both" copy someone.
  const salespeople = ['li.na@yunfan-office.example', 'zhou.tao@yunfan-office.example'];
  return [
    headerRow(customersSchema, keys, lang),
    ...customers.map((x, index) => [
      x.id, x.name, x.contact, x.email, x.phone, x.address, x.taxId, x.terms, x.creditLimit, x.currency,
      choiceLabel(customerStatusChoices, x.active ? 'Active' : 'Inactive', lang),
      x.active ? '' : lang === 'en' ? 'Closed in June 2026' : '2026 年 6 月停止合作',
      salespeople[index % salespeople.length]!,
    ]),
  ];
}

function salesTable(lang: Lang, data: SampleData): SampleCell[][] {
  const keys = ['date', 'customerId', 'description', 'quantity', 'unitPrice', 'taxRate', 'amount', 'invoiceNo'];
  const rows = data.lines.map((l): SampleCell[] => {
    const price = l.customer.currency === 'USD' ? Math.round(l.product.price / 7.1) : l.product.price;
    return [l.date, l.customer.id, lang === 'en' ? l.product.en : l.product.zh, l.quantity, typed(price), `${l.rate}%`, typed(l.amount), l.invoiceNo];
  });
  return [headerRow(salesSchema, keys, lang), ...rows];
}

function invoicesTable(lang: Lang, data: SampleData): SampleCell[][] {
  const keys = ['invoiceNo', 'customerId', 'issueDate', 'dueDate', 'status'];
  return [
    headerRow(invoicesSchema, keys, lang),
    ...data.invoices.map((i) => [i.no, i.customer.id, i.issueDate, i.dueDateTyped, choiceLabel(invoiceStatusChoices, i.status, lang)]),
  ];
}

function paymentsTable(lang: Lang, data: SampleData): SampleCell[][] {
  const keys = ['paymentId', 'date', 'customerId', 'amount', 'method', 'reference', 'invoiceNo', 'notes'];
  return [
    headerRow(paymentsSchema, keys, lang),
    ...data.payments.map((p, index) => [
      `P${String(index + 1).padStart(5, '0')}`, p.date, p.customer.id, typed(p.amount),
      lang === 'en' ? p.method.en : p.method.zh, p.reference, p.invoiceNo, p.notes,
    ]),
  ];
}

function adjustmentsTable(lang: Lang, data: SampleData): SampleCell[][] {
  const keys = ['date', 'customerId', 'type', 'amount', 'invoiceNo', 'reason'];
  return [
    headerRow(adjustmentsSchema, keys, lang),
    ...data.adjustments.map((a) => [
      a.date, a.customer.id, choiceLabel(adjustmentTypeChoices, a.type, lang), typed(a.amount), a.invoiceNo,
      lang === 'en' ? a.reason.en : a.reason.zh,
    ]),
  ];
}

/**
 * The sample book as the tabs a user would type: header row first (headers and choice labels in `lang`),
 * amounts as numbers (1234.5), dates as `YYYY-MM-DD` text. Deterministic: the same tables on every call.
 */
export function sampleBookTables(lang: Lang = 'en'): SampleTables {
  const data = sampleData();
  return {
    Settings: settingsTable(lang),
    Customers: customersTable(lang),
    Sales: salesTable(lang, data),
    Invoices: invoicesTable(lang, data),
    Payments: paymentsTable(lang, data),
    Adjustments: adjustmentsTable(lang, data),
  };
}

/** Days between the first and the last sale of the sample (for tests that check the spread of dates). */
export function sampleSpanDays(): number {
  const { lines } = sampleData();
  const dates = lines.map((l) => l.date).sort();
  return sampleDateDiff(dates[0] ?? sampleLastDate, dates[dates.length - 1] ?? sampleLastDate);
}
