// A reply editor that behaves like Outlook's (Roosterjs): a contenteditable [role=textbox]
// backed by its own model. The model takes only what arrives through trusted input events
// (typing, paste, execCommand), and the editor re-renders from the model on blur, so text
// written straight into the DOM by a script vanishes, exactly as it would in Outlook.
(function () {
  /** Lines of the editor's current DOM (one <div> per line, <div><br></div> for an empty one). */
  function readLines(editor) {
    const lines = [];
    for (const node of editor.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) lines.push(node.nodeValue);
      else if (node.nodeName === 'BR') lines.push('');
      else lines.push(...node.innerText.replace(/\n$/, '').split('\n'));
    }
    return lines;
  }

  function render(editor, lines) {
    editor.replaceChildren(
      ...lines.map((line) => {
        const div = document.createElement('div');
        if (line) div.textContent = line;
        else div.append(document.createElement('br'));
        return div;
      }),
    );
  }

  /**
   * Builds the editor. `initial`: lines (an empty first line, then the quoted original).
   * Returns { element, model() }.
   */
  function createReplyEditor(initial, label) {
    const editor = document.createElement('div');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('aria-multiline', 'true');
    editor.setAttribute('aria-label', label);
    editor.className = 'dFCbN k1Ttj elementToProof';
    let model = initial.slice();
    render(editor, model);

    editor.addEventListener('input', (event) => {
      if (!event.isTrusted) return; // synthetic events are not typing
      model = readLines(editor);
      editor.dataset.modelLength = String(model.join('\n').length);
    });
    editor.addEventListener('blur', () => render(editor, model));
    return { element: editor, model: () => model.slice(), rerender: () => render(editor, model) };
  }

  window.OutlookDemoEditor = { createReplyEditor };
})();
