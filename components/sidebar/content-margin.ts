/**
 * The room a fixed sidebar takes from the mail client: a right margin on the client's content
 * element, set inline with priority so the client's stylesheet cannot undo it, and put back
 * exactly as the client had it (its own inline value and priority, or none) when the sidebar
 * leaves fixed docking, hides or unmounts.
 */
export class ContentMargin {
  private el: HTMLElement | undefined;
  private value = '';
  private priority = '';

  set(el: HTMLElement | undefined, px: number): void {
    if (el !== this.el) this.restore();
    if (!el || px <= 0) return this.restore();
    if (!this.el) {
      this.el = el;
      this.value = el.style.getPropertyValue('margin-right');
      this.priority = el.style.getPropertyPriority('margin-right');
    }
    el.style.setProperty('margin-right', `${px}px`, 'important');
  }

  restore(): void {
    const el = this.el;
    this.el = undefined;
    if (!el) return;
    if (this.value) el.style.setProperty('margin-right', this.value, this.priority);
    else el.style.removeProperty('margin-right');
  }
}
