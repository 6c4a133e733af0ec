// Properties, cache expiry, lock contention between simulated executions, mail quota, triggers, utilities, Drive and Docs.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../../src/local/emulator';

describe('PropertiesService and CacheService', () => {
  it('keeps document, script and per-user properties as strings', () => {
    const emu = createEmulator({ userEmail: 'a@example.com' });
    const { PropertiesService } = emu.globals;
    PropertiesService.getDocumentProperties().setProperty('next', String(7));
    PropertiesService.getUserProperties().setProperties({ lang: 'zh-CN', theme: 'dark' });
    expect(PropertiesService.getDocumentProperties().getProperty('next')).toBe('7');
    emu.setUser('b@example.com');
    expect(PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
    emu.setUser('a@example.com');
    expect(PropertiesService.getUserProperties().getProperties()).toEqual({ lang: 'zh-CN', theme: 'dark' });
    PropertiesService.getUserProperties().deleteProperty('theme');
    expect(PropertiesService.getUserProperties().getKeys()).toEqual(['lang']);
    expect(PropertiesService.getScriptProperties().getProperty('next')).toBeNull();
    expect(() => PropertiesService.getScriptProperties().setProperty('big', 'x'.repeat(10_000))).toThrow('Argument too large');
  });

  it('expires cache entries against the virtual clock', () => {
    const emu = createEmulator({ now: () => new Date('2026-03-31T00:00:00Z') });
    const cache = emu.globals.CacheService.getScriptCache();
    cache.put('report', 'v1', 60);
    cache.putAll({ a: '1', b: '2' });
    emu.globals.Utilities.sleep(59_000);
    expect(cache.get('report')).toBe('v1');
    emu.clock.advance(1_000);
    expect(cache.get('report')).toBeNull();
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    emu.clock.advance(600_000);
    expect(cache.get('a')).toBeNull();
  });
});

describe('LockService across simulated executions', () => {
  it('lets the holder re-enter, makes another execution time out, and lets it in once the holder ends', () => {
    const emu = createEmulator({ now: () => new Date('2026-03-31T00:00:00Z') });
    const { LockService } = emu.globals;
    const a = emu.executions.start('A');
    const b = emu.executions.start('B');
    a.run(() => {
      const lock = LockService.getDocumentLock();
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
    });
    const start = emu.clock.nowMs();
    b.run(() => {
      const lock = LockService.getDocumentLock();
      expect(lock.tryLock(5000)).toBe(false);
      expect(lock.hasLock()).toBe(false);
      expect(() => lock.waitLock(1000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    });
    expect(emu.clock.nowMs() - start).toBe(6000);
    emu.clock.schedule(2000, () => a.end());
    b.run(() => {
      const lock = LockService.getDocumentLock();
      lock.waitLock(10_000);
      expect(lock.hasLock()).toBe(true);
    });
    expect(emu.clock.nowMs() - start).toBe(8000);
    a.run(() => expect(LockService.getDocumentLock().tryLock(0)).toBe(false));
  });

  it('runs the other execution releasing its lock as a scheduled step; script and document locks are separate', () => {
    const emu = createEmulator({ now: () => new Date('2026-03-31T00:00:00Z') });
    const { LockService } = emu.globals;
    const a = emu.executions.start('A');
    let holder!: GoogleAppsScript.Lock.Lock;
    a.run(() => {
      holder = LockService.getScriptLock();
      holder.waitLock(100);
    });
    emu.clock.schedule(300, () => a.run(() => holder.releaseLock()));
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
    const script = LockService.getScriptLock();
    expect(script.tryLock(1000)).toBe(true);
    expect(emu.clock.nowMs() - new Date('2026-03-31T00:00:00Z').getTime()).toBe(300);
    script.releaseLock();
    expect(script.hasLock()).toBe(false);
  });
});

describe('MailApp', () => {
  it('sends in both forms, counts recipients against the quota and keeps attachments', () => {
    const emu = createEmulator({ mailQuota: 3 });
    const { MailApp, Utilities } = emu.globals;
    MailApp.sendEmail('a@example.com', 'Invoice INV-1', 'Please pay.');
    const pdf = Utilities.newBlob('%PDF-1.4', 'application/pdf', 'INV-2.pdf');
    MailApp.sendEmail({ to: 'b@example.com', cc: 'c@example.com', subject: 'Invoice INV-2', body: 'Hi', htmlBody: '<p>Hi</p>', attachments: [pdf] });
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('d@example.com', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    expect(emu.outbox.map((m) => [m.to, m.cc, m.subject])).toEqual([
      ['a@example.com', '', 'Invoice INV-1'],
      ['b@example.com', 'c@example.com', 'Invoice INV-2'],
    ]);
    expect(emu.outbox[1]!.attachments[0]).toMatchObject({ name: 'INV-2.pdf', contentType: 'application/pdf' });
    expect(emu.outbox[1]!.attachments[0]!.bytes.toString()).toBe('%PDF-1.4');
  });
});

describe('ScriptApp triggers', () => {
  it('creates time-based and spreadsheet triggers and deletes them', () => {
    const emu = createEmulator();
    const { ScriptApp, SpreadsheetApp } = emu.globals;
    const daily = ScriptApp.newTrigger('agingRefresh').timeBased().everyDays(1).atHour(6).create();
    ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
    expect(ScriptApp.getProjectTriggers().map((t) => [t.getHandlerFunction(), String(t.getEventType())])).toEqual([
      ['agingRefresh', 'CLOCK'],
      ['onEditInstalled', 'ON_EDIT'],
    ]);
    expect(emu.triggers[0]!.schedule).toEqual({ everyDays: 1, atHour: 6 });
    expect(emu.triggers[1]!.sourceId).toBe(SpreadsheetApp.getActive().getId());
    ScriptApp.deleteTrigger(daily);
    expect(emu.triggers.map((t) => t.handler)).toEqual(['onEditInstalled']);
    expect(String(ScriptApp.AuthMode.FULL)).toBe('FULL');
    expect(() => ScriptApp.newTrigger('x').timeBased().atHour(25)).toThrow();
  });
});

describe('Utilities, Session and Date', () => {
  it('formats dates with SimpleDateFormat patterns in a zone', () => {
    const emu = createEmulator();
    const d = new Date('2026-03-05T16:07:08Z');
    const { Utilities } = emu.globals;
    expect(Utilities.formatDate(d, 'Asia/Shanghai', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-03-06 00:07:08');
    expect(Utilities.formatDate(d, 'America/New_York', "yyyy/M/d h:mm a 'EST' Z")).toBe('2026/3/5 11:07 AM EST -0500');
    expect(Utilities.formatDate(d, 'UTC', 'EEE, d MMM yy')).toBe('Thu, 5 Mar 26');
  });

  it('formats strings, encodes base64, digests and blobs like Apps Script (signed bytes)', () => {
    const { Utilities } = createEmulator().globals;
    expect(Utilities.formatString('%s owes %.2f (%05d)', 'C1', 12.5, 42)).toBe('C1 owes 12.50 (00042)');
    expect(Utilities.base64Encode('客户')).toBe('5a6i5oi3');
    expect(Utilities.newBlob(Utilities.base64Decode('5a6i5oi3')).getDataAsString()).toBe('客户');
    expect(Utilities.base64Decode('/w==')).toEqual([-1]);
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc').slice(0, 2)).toEqual([-112, 1]);
    expect(Utilities.parseCsv('a,"b,c"\n1,2')).toEqual([['a', 'b,c'], ['1', '2']]);
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports the configured user, zone and locale; sandbox Date follows the virtual clock', () => {
    const emu = createEmulator({ userEmail: 'li@example.com', timeZone: 'Asia/Shanghai', locale: 'zh_CN', today: '2026-03-31' });
    const { Session, Date: EmuDate } = emu.globals;
    expect(Session.getActiveUser().getEmail()).toBe('li@example.com');
    expect(Session.getScriptTimeZone()).toBe('Asia/Shanghai');
    expect(Session.getActiveUserLocale()).toBe('zh_CN');
    expect(emu.globals.Utilities.formatDate(new EmuDate(), 'Asia/Shanghai', 'yyyy-MM-dd')).toBe('2026-03-31');
    expect(new Date(2020, 0, 1) instanceof EmuDate).toBe(true);
    emu.globals.Utilities.sleep(86_400_000);
    expect(emu.today()).toBe('2026-04-01');
  });
});

describe('DriveApp and DocumentApp', () => {
  it('copies a template document, fills it, exports a PDF into a folder', () => {
    const emu = createEmulator();
    const { DocumentApp, DriveApp } = emu.globals;
    const template = DocumentApp.create('Invoice template');
    const body = template.getBody();
    body.appendParagraph('Invoice {{NO}}').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    const table = body.appendTable([
      ['Item', 'Amount'],
      ['{{ITEM}}', '{{AMOUNT}}'],
    ]);
    expect(table.getNumRows()).toBe(2);
    template.saveAndClose();

    const folder = DriveApp.createFolder('Invoices');
    const copy = DriveApp.getFileById(template.getId()).makeCopy('INV-7', folder);
    const doc = DocumentApp.openById(copy.getId());
    const lines = doc.getBody().getTables()[0]!;
    const rowTemplate = lines.getRow(1);
    for (const [item, amount] of [['Tea', '10.00'], ['Cups', '5.50']]) {
      const row = lines.appendTableRow(rowTemplate.copy());
      row.replaceText('\\{\\{ITEM\\}\\}', item!);
      row.replaceText('\\{\\{AMOUNT\\}\\}', amount!);
    }
    rowTemplate.removeFromParent();
    doc.getBody().replaceText('\\{\\{NO\\}\\}', 'INV-7');
    expect(doc.getBody().findText('INV-\\d+')!.getStartOffset()).toBe(8);
    doc.saveAndClose();
    const pdf = folder.createFile(copy.getAs('application/pdf').setName('INV-7.pdf'));

    expect(doc.getBody().getText()).toBe('Invoice INV-7\nItem\tAmount\nTea\t10.00\nCups\t5.50');
    expect(template.getBody().getText()).toContain('{{ITEM}}');
    expect(pdf.getMimeType()).toBe('application/pdf');
    expect(pdf.getBlob().getDataAsString()).toContain('Tea\t10.00');
    expect(folder.getFilesByName('INV-7.pdf').hasNext()).toBe(true);
    expect(emu.documents.map((d) => d.name)).toEqual(['Invoice template', 'INV-7']);
    expect(DriveApp.getFoldersByName('Invoices').next().getId()).toBe(folder.getId());
    expect(() => DriveApp.getFileById('nope')).toThrow('No item with the given ID could be found');
  });
});
