/** "1 model", "4,500 models": a count already formatted, and the English noun for it. */
export const plural = (count: string, n: number, one: string, many: string): string => `${count} ${n === 1 ? one : many}`;
