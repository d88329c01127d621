export * from './cost-to-serve';
export * from './forecast';
export * from './plan';
export * from './receivables';
