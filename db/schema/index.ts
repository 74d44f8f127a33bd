export * from './catalogue';
export * from './requests';
export * from './api';
export * from './staff';
export * from './audit';
export * from './metrics';
export * from './canned';
export * from './media-objects';
