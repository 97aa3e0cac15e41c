/**
 * A content-script context the mail page cannot invalidate. WXT's context stops an older copy
 * of a content script when a newer one announces itself with a DOM event on the document, so
 * that an extension update does not leave two sidebars. A page script can dispatch the same
 * event (its name holds only the extension id and the entrypoint's name) and so unmount the
 * sidebar. This context heeds the event only when its own extension context is really gone
 * (the extension was updated, reloaded or removed), which is the case the event exists for.
 * The content scripts also set `noScriptStartedPostMessage`, so nothing is announced to the page.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** True while this copy of the extension is still loaded (its runtime id is readable). */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

export class GuardedContext extends ContentScriptContext {
  constructor(name: string) {
    super(name, { noScriptStartedPostMessage: true });
  }

  override verifyScriptStartedEvent(event: CustomEvent): boolean {
    return super.verifyScriptStartedEvent(event) && !extensionAlive();
  }
}
