// The mail module: address lists, header-injection checks, templates and composed messages (pure).
export * from './mail-problems';
export * from './mail-header';
export * from './email-address';
export * from './mail-templates';
export * from './mail-values';
export * from './mail-compose';
