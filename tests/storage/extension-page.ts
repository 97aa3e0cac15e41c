/**
 * fake-browser reports every message as sent by nobody in particular: tests that stand for the
 * popup, options or import page say so, as the browser would for the extension's own pages.
 */
import type { SenderRole } from '../../lib/background/sender-permissions';

export const asExtensionPage = (): SenderRole => ({ kind: 'extension' });
