/**
 * Model identity: ids that differ only in case, surrounding space or Unicode form are one model
 * (`HyenaDNA` and `hyenadna`). Aliases use the same key.
 */
export function modelKey(id: string): string {
  return id.normalize('NFKC').trim().toLowerCase();
}
