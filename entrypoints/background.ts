import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start-background';

/** Owns IndexedDB; answers typed messages; re-analyses daily; shows the silent count on the badge. */
export default defineBackground(() => {
  startBackground();
});
