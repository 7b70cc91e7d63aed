export declare const logistic: (x: number) => number;
export declare const gaussian: (random: () => number) => number;
export declare function simulateEval(random: () => number, n: number, a: number, b: number, spread?: number): [Float64Array, Float64Array];
export declare function trueDifference(a: number, b: number, spread?: number, draws?: number): number;
export declare function sparseSuite(seed: number): { theta: number[]; scores: Array<Array<number | null>> };
export declare function spearman(a: number[], b: number[]): number;
