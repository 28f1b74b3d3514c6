import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { LakeDocument } from './engine/query-engine'

/** One document's change inside a committed transaction. */
export type DocumentChange = {
  id: string
  previousRev?: string
  document: LakeDocument | null
}

export type TransactionRecord = {
  dataset: string
  transactionId: string
  timestamp: string
  identity: string
  changes: DocumentChange[]
}

/**
 * The lake's durable store: documents and a transaction log in SQLite (WAL, synchronous=FULL, so a
 * commit that returned is on disk), asset files beside it. One SQLite transaction per Sanity
 * transaction: it is applied completely or not at all.
 */
export class LakeStore {
  private readonly db: Database.Database
  readonly assetsDir: string

  constructor(readonly dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true })
    this.assetsDir = path.join(dataDir, 'assets')
    fs.mkdirSync(this.assetsDir, { recursive: true })
    this.db = new Database(path.join(dataDir, 'lake.sqlite'))
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = FULL')
    this.db.pragma('foreign_keys = ON')
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS datasets (
        name TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS documents (
        dataset TEXT NOT NULL REFERENCES datasets(name),
        id TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (dataset, id)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS transactions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        dataset TEXT NOT NULL REFERENCES datasets(name),
        id TEXT NOT NULL,
        timestamp TEXT NOT NULL,
        identity TEXT NOT NULL,
        changes TEXT NOT NULL,
        UNIQUE (dataset, id)
      );
    `)
  }

  datasets(): string[] {
    return this.db
      .prepare<[], { name: string }>('SELECT name FROM datasets ORDER BY name')
      .all()
      .map((row) => row.name)
  }

  createDataset(name: string): void {
    this.db.prepare('INSERT OR IGNORE INTO datasets (name, created_at) VALUES (?, ?)').run(name, new Date().toISOString())
  }

  /** True until the first transaction is committed: only then is the seed imported. */
  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM transactions LIMIT 1').get() === undefined
  }

  *documents(dataset: string): Generator<LakeDocument> {
    const rows = this.db
      .prepare<[string], { body: string }>('SELECT body FROM documents WHERE dataset = ? ORDER BY id')
      .iterate(dataset)
    for (const row of rows) yield JSON.parse(row.body) as LakeDocument
  }

  hasTransaction(dataset: string, transactionId: string): boolean {
    return this.db.prepare('SELECT 1 FROM transactions WHERE dataset = ? AND id = ?').get(dataset, transactionId) !== undefined
  }

  commit(record: TransactionRecord): void {
    const upsert = this.db.prepare('INSERT OR REPLACE INTO documents (dataset, id, body) VALUES (?, ?, ?)')
    const remove = this.db.prepare('DELETE FROM documents WHERE dataset = ? AND id = ?')
    const log = this.db.prepare(
      'INSERT INTO transactions (dataset, id, timestamp, identity, changes) VALUES (?, ?, ?, ?, ?)',
    )
    this.db.transaction(() => {
      for (const change of record.changes) {
        if (change.document) upsert.run(record.dataset, change.id, JSON.stringify(change.document))
        else remove.run(record.dataset, change.id)
      }
      const summary = record.changes.map((c) => ({
        id: c.id,
        previousRev: c.previousRev ?? null,
        resultRev: c.document?._rev ?? null,
      }))
      log.run(record.dataset, record.transactionId, record.timestamp, record.identity, JSON.stringify(summary))
    })()
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}
