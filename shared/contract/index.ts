export * from './bridge.ts';
export * from './events.ts';
export * from './procedures.ts';
export * from './result.ts';
export * from './tables.ts';
