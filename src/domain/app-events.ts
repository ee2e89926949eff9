/**
 * Events the shell dispatches on window so islands can react without importing the shell.
 * Do not rename: islands in other bundles listen for these exact names.
 */
export const QUICK_EXIT_EVENT = 'opendoor:quick-exit';
export const BEFORE_RELOAD_EVENT = 'opendoor:before-reload';

/** Detail of BEFORE_RELOAD_EVENT: listeners push a promise for any work that must finish first. */
export interface BeforeReloadDetail {
  pending: Promise<unknown>[];
}
