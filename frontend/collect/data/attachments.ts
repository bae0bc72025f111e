import { CollectorDb, iso } from './db.js';
import { guardQuota } from './errors.js';
import type { AttachmentRow } from './types.js';

/** The lowercase hex SHA-256 of the bytes (the attachment's address on the server). */
export async function sha256Hex(data: Blob | ArrayBuffer | Uint8Array): Promise<string> {
  const buffer = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer as BufferSource));
  let hex = '';
  for (const byte of digest) {
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

/** Photos kept until their submission was acknowledged; an hour's grace so a photo just taken is never collected. */
const GRACE_MS = 60 * 60 * 1000;

/**
 * Photos (already compressed by the form) as blobs, content-addressed: storing the same photo twice keeps one.
 * A photo's value in the form is its SHA-256, which is also how the server knows it.
 */
export class Attachments {
  constructor(private readonly db: CollectorDb, private readonly now: () => number = Date.now) {}

  /**
   * Stores the photo and returns its address.
   * @throws StorageFullError when the device is full (tell the worker while the form is open)
   */
  async store(blob: Blob, mediaType: string = blob.type || 'image/jpeg'): Promise<string> {
    const sha256 = await sha256Hex(blob);
    await guardQuota(() => this.db.transaction('rw', this.db.attachments, async () => {
      if ((await this.db.attachments.get(sha256)) === undefined) {
        await this.db.attachments.add({
          sha256, mediaType, size: blob.size, blob, createdAt: iso(this.now()), uploaded: false,
        });
      }
    }));
    return sha256;
  }

  async get(sha256: string): Promise<AttachmentRow | undefined> {
    return this.db.attachments.get(sha256);
  }

  /** Deletes photos no draft or outbox item refers to any more (older than the grace period). Returns how many. */
  async collectGarbage(): Promise<number> {
    return this.db.transaction('rw', [this.db.attachments, this.db.drafts, this.db.outbox], async () => {
      const used = new Set<string>();
      await this.db.drafts.each(d => (Array.isArray(d.attachments) ? d.attachments : []).forEach(a => used.add(a)));
      await this.db.outbox.each(o => o.attachments.forEach(a => used.add(a)));
      const cutoff = iso(this.now() - GRACE_MS);
      const unused = await this.db.attachments.filter(a => !used.has(a.sha256) && a.createdAt < cutoff).primaryKeys();
      await this.db.attachments.bulkDelete(unused);
      return unused.length;
    });
  }
}
