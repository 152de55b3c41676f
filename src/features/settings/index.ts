// `/settings`: shortcuts, theme, hidden sources, export and import.
export { LazySettingsPage } from './LazySettingsPage.tsx';
