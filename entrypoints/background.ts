import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up by the store issue: typed messages, daily re-analysis, toolbar badge.
});
