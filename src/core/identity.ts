/**
 * Model identity: ids that differ only in case, surrounding space or Unicode form are one model
 * (`HyenaDNA` and `hyenadna`). Aliases use the same key.
 */
export function modelKey(id: string): string {
  // Printable ASCII is its own NFKC form; skipping normalize() for it halves the cost of a large feed.
  return (PRINTABLE_ASCII.test(id) ? id : id.normalize('NFKC')).trim().toLowerCase();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
