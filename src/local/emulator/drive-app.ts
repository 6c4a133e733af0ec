// DriveApp stand-in: folders and files in an inspectable store; Google Docs files are backed by emulated documents.
import { EmuBlob } from './blob';
import { gas, type EmulatorContext } from './context';
import { EmuDocument } from './document-app';
import { Access, MimeType, Permission } from './enums';

type F = GoogleAppsScript.Drive.File;
type Fo = GoogleAppsScript.Drive.Folder;

/** One Drive item as stored: files keep bytes, documents live in DriveStore.documents. */
export interface DriveItem {
  readonly id: string;
  name: string;
  readonly kind: 'file' | 'folder';
  mimeType: string;
  data: Buffer;
  parents: Set<string>;
  trashed: boolean;
  readonly created: Date;
  description: string | null;
}

/** All Drive content of an emulator: items by id, and the documents behind Google Docs files. */
export class DriveStore {
  readonly items = new Map<string, DriveItem>();
  readonly documents = new Map<string, EmuDocument>();
  readonly rootId: string;
  constructor(private readonly ctx: EmulatorContext) {
    this.rootId = this.itemAdd('My Drive', 'folder', MimeType.FOLDER, Buffer.alloc(0), undefined).id;
  }
  itemAdd(name: string, kind: DriveItem['kind'], mimeType: string, data: Buffer, parent: string | undefined, id?: string): DriveItem {
    const item: DriveItem = {
      id: id ?? this.ctx.nextId(kind === 'folder' ? 'folder' : 'file'),
      name,
      kind,
      mimeType,
      data,
      parents: new Set(parent ? [parent] : []),
      trashed: false,
      created: this.ctx.clock.now(),
      description: null,
    };
    this.items.set(item.id, item);
    return item;
  }
  item(id: string): DriveItem {
    const it = this.items.get(id);
    if (!it) throw new Error(`No item with the given ID could be found, or you do not have permission to access it.`);
    return it;
  }
  documentCreate(name: string, parent: string = this.rootId): EmuDocument {
    const item = this.itemAdd(name, 'file', MimeType.GOOGLE_DOCS, Buffer.alloc(0), parent, this.ctx.nextId('doc'));
    const doc = new EmuDocument(this.ctx, this, item.id);
    this.documents.set(item.id, doc);
    return doc;
  }
  /** Files (not folders) whose name is `name`, for tests. */
  filesNamed(name: string): DriveItem[] {
    return [...this.items.values()].filter((i) => i.kind === 'file' && i.name === name && !i.trashed);
  }
}

class EmuIterator<T> {
  private i = 0;
  constructor(private readonly list: T[]) {}
  hasNext(): boolean {
    return this.i < this.list.length;
  }
  next(): T {
    const v = this.list[this.i++];
    if (v === undefined) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    return v;
  }
  getContinuationToken(): string {
    return String(this.i);
  }
}

class EmuFileIterator extends EmuIterator<F> implements Pick<GoogleAppsScript.Drive.FileIterator, 'hasNext' | 'next' | 'getContinuationToken'> {
  constructor(ctx: EmulatorContext, list: F[]) {
    super(list);
    return ctx.expose('FileIterator', this);
  }
}
class EmuFolderIterator extends EmuIterator<Fo> implements Pick<GoogleAppsScript.Drive.FolderIterator, 'hasNext' | 'next' | 'getContinuationToken'> {
  constructor(ctx: EmulatorContext, list: Fo[]) {
    super(list);
    return ctx.expose('FolderIterator', this);
  }
}

export class EmuFile
  implements
    Pick<F, 'getId' | 'getName' | 'setName' | 'getUrl' | 'getMimeType' | 'getSize' | 'getBlob' | 'getAs' | 'makeCopy' | 'moveTo' | 'getParents' | 'setTrashed' | 'isTrashed' | 'getDateCreated' | 'setDescription' | 'getDescription' | 'setSharing'>
{
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly store: DriveStore,
    readonly item: DriveItem,
  ) {
    return ctx.expose('File', this);
  }
  getId(): string {
    return this.item.id;
  }
  getName(): string {
    return this.item.name;
  }
  setName(name: string): F {
    this.item.name = name;
    return gas<F>(this);
  }
  getUrl(): string {
    return this.item.mimeType === MimeType.GOOGLE_DOCS ? `https://docs.google.com/document/d/${this.item.id}/edit` : `https://drive.google.com/file/d/${this.item.id}/view`;
  }
  getMimeType(): string {
    return this.item.mimeType;
  }
  getSize(): number {
    return this.item.data.length;
  }
  getDateCreated(): Date {
    return new Date(this.item.created.getTime());
  }
  getDescription(): string | null {
    return this.item.description;
  }
  setDescription(description: string): F {
    this.item.description = description;
    return gas<F>(this);
  }
  setSharing(_accessType: GoogleAppsScript.Drive.Access, _permissionType: GoogleAppsScript.Drive.Permission): F {
    return gas<F>(this);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    const doc = this.store.documents.get(this.item.id);
    if (doc) return doc.getBlob();
    return gas(new EmuBlob(this.ctx, Buffer.from(this.item.data), this.item.mimeType, this.item.name));
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const doc = this.store.documents.get(this.item.id);
    if (doc) return doc.getAs(contentType);
    return this.getBlob().getAs(contentType);
  }
  makeCopy(a?: string | Fo, b?: Fo): F {
    const name = typeof a === 'string' ? a : `Copy of ${this.item.name}`;
    const folder = (typeof a === 'object' ? a : b) as unknown as EmuFolder | undefined;
    const parent = folder ? folder.item.id : [...this.item.parents][0];
    const source = this.store.documents.get(this.item.id);
    if (source) {
      const copy = this.store.documentCreate(name, parent);
      source.body.cloneInto(copy.body);
      return gas<F>(new EmuFile(this.ctx, this.store, this.store.item(copy.id)));
    }
    const item = this.store.itemAdd(name, 'file', this.item.mimeType, Buffer.from(this.item.data), parent);
    return gas<F>(new EmuFile(this.ctx, this.store, item));
  }
  moveTo(destination: Fo): F {
    this.item.parents = new Set([(destination as unknown as EmuFolder).item.id]);
    return gas<F>(this);
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    return gas(new EmuFolderIterator(this.ctx, [...this.item.parents].map((id) => gas<Fo>(new EmuFolder(this.ctx, this.store, this.store.item(id))))));
  }
  setTrashed(trashed: boolean): F {
    this.item.trashed = trashed;
    return gas<F>(this);
  }
  isTrashed(): boolean {
    return this.item.trashed;
  }
}

export class EmuFolder
  implements Pick<Fo, 'getId' | 'getName' | 'setName' | 'getUrl' | 'createFile' | 'createFolder' | 'getFiles' | 'getFilesByName' | 'getFolders' | 'getFoldersByName' | 'addFile' | 'setTrashed' | 'isTrashed'>
{
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly store: DriveStore,
    readonly item: DriveItem,
  ) {
    return ctx.expose('Folder', this);
  }
  private children(kind: DriveItem['kind'], name?: string): DriveItem[] {
    return [...this.store.items.values()].filter((i) => i.kind === kind && i.parents.has(this.item.id) && !i.trashed && (name === undefined || i.name === name));
  }
  getId(): string {
    return this.item.id;
  }
  getName(): string {
    return this.item.name;
  }
  setName(name: string): Fo {
    this.item.name = name;
    return gas<Fo>(this);
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.item.id}`;
  }
  createFile(a: string | GoogleAppsScript.Base.BlobSource, content?: string, mimeType?: string): F {
    let item: DriveItem;
    if (typeof a === 'string') {
      item = this.store.itemAdd(a, 'file', mimeType ?? MimeType.PLAIN_TEXT, Buffer.from(content ?? '', 'utf8'), this.item.id);
    } else {
      const source = a as unknown as { getBlob?: () => unknown };
      const blob = (typeof source.getBlob === 'function' ? source.getBlob() : a) as EmuBlob;
      item = this.store.itemAdd(blob.getName() ?? 'Untitled', 'file', blob.getContentType() ?? 'application/octet-stream', Buffer.from(blob.data), this.item.id);
    }
    return gas<F>(new EmuFile(this.ctx, this.store, item));
  }
  createFolder(name: string): Fo {
    return gas<Fo>(new EmuFolder(this.ctx, this.store, this.store.itemAdd(name, 'folder', MimeType.FOLDER, Buffer.alloc(0), this.item.id)));
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return gas(new EmuFileIterator(this.ctx, this.children('file').map((i) => gas<F>(new EmuFile(this.ctx, this.store, i)))));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return gas(new EmuFileIterator(this.ctx, this.children('file', name).map((i) => gas<F>(new EmuFile(this.ctx, this.store, i)))));
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return gas(new EmuFolderIterator(this.ctx, this.children('folder').map((i) => gas<Fo>(new EmuFolder(this.ctx, this.store, i)))));
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return gas(new EmuFolderIterator(this.ctx, this.children('folder', name).map((i) => gas<Fo>(new EmuFolder(this.ctx, this.store, i)))));
  }
  addFile(child: F): Fo {
    (child as unknown as EmuFile).item.parents.add(this.item.id);
    return gas<Fo>(this);
  }
  setTrashed(trashed: boolean): Fo {
    this.item.trashed = trashed;
    return gas<Fo>(this);
  }
  isTrashed(): boolean {
    return this.item.trashed;
  }
}

export class EmuDriveApp
  implements Pick<GoogleAppsScript.Drive.DriveApp, 'getFolderById' | 'getFoldersByName' | 'createFolder' | 'getFileById' | 'getFilesByName' | 'createFile' | 'getRootFolder'>
{
  readonly Access = Access;
  readonly Permission = Permission;
  constructor(
    private readonly ctx: EmulatorContext,
    readonly store: DriveStore,
  ) {
    return ctx.expose('DriveApp', this);
  }
  private root(): EmuFolder {
    return new EmuFolder(this.ctx, this.store, this.store.item(this.store.rootId));
  }
  getRootFolder(): Fo {
    return gas<Fo>(this.root());
  }
  getFolderById(id: string): Fo {
    const item = this.store.item(id);
    if (item.kind !== 'folder') throw new Error(`No item with the given ID could be found, or you do not have permission to access it.`);
    return gas<Fo>(new EmuFolder(this.ctx, this.store, item));
  }
  getFileById(id: string): F {
    const item = this.store.item(id);
    if (item.kind !== 'file') throw new Error(`No item with the given ID could be found, or you do not have permission to access it.`);
    return gas<F>(new EmuFile(this.ctx, this.store, item));
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    const all = [...this.store.items.values()].filter((i) => i.kind === 'folder' && i.name === name && !i.trashed);
    return gas(new EmuFolderIterator(this.ctx, all.map((i) => gas<Fo>(new EmuFolder(this.ctx, this.store, i)))));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return gas(new EmuFileIterator(this.ctx, this.store.filesNamed(name).map((i) => gas<F>(new EmuFile(this.ctx, this.store, i)))));
  }
  createFolder(name: string): Fo {
    return this.root().createFolder(name);
  }
  createFile(a: string | GoogleAppsScript.Base.BlobSource, content?: string, mimeType?: string): F {
    return this.root().createFile(a, content, mimeType);
  }
}
