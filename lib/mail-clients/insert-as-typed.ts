/**
 * Puts text into a contenteditable editor the way typing does, so the mail client's own
 * listeners (draft autosave, "unsaved changes") see it: focus, caret at the start (above any
 * quoted history), then `insertText`, which fires beforeinput/input like a keyboard would.
 * Where execCommand is unavailable, the text is inserted by hand and an InputEvent dispatched.
 */
export function insertAsTyped(editor: HTMLElement, text: string): void {
  editor.focus();
  const selection = editor.ownerDocument.getSelection();
  if (selection) {
    const range = editor.ownerDocument.createRange();
    range.setStart(editor, 0);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // execCommand is deprecated but remains the one way to insert text that rich-text editors and
  // the browser's undo stack treat as typed (Gmail, Outlook and ProseMirror all honour it).
  const inserted =
    typeof editor.ownerDocument.execCommand === 'function' &&
    editor.ownerDocument.execCommand('insertText', false, text);
  if (inserted) return;
  const beforeInput = new InputEvent('beforeinput', {
    inputType: 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
  });
  if (!editor.dispatchEvent(beforeInput)) return;
  const fragment = editor.ownerDocument.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(editor.ownerDocument.createElement('br'));
    fragment.append(line);
  });
  editor.prepend(fragment);
  editor.dispatchEvent(
    new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true }),
  );
}
