/** Hostile strings for injection tests (at least 100). */
export const PAYLOADS: string[];
