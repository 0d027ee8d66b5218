export * from './settings/setting-definitions';
export * from './settings/validate-settings-patch';
export * from './auth/roles-from-groups';
