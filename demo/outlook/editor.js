// A reply editor that behaves like Outlook's (Roosterjs): a contenteditable [role=textbox]
// backed by its own model. The model takes only what arrives through trusted input events
// (typing, paste, execCommand), and the editor re-renders from it on blur, so text written
// straight into the DOM by a script vanishes, exactly as it would in Outlook. Below what the
// person writes, Outlook's quoted original: an empty #appendonsend, an hr, #divRplyFwdMsg with
// From/Sent/Subject, then the original's lines. The model holds the person's own lines only.
(function () {
  /** The person's lines in the editor's DOM (one <div> per line, <div><br></div> for an empty one), above the quote. */
  function readLines(editor) {
    const lines = [];
    for (const node of editor.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE && node.id === 'appendonsend') break;
      if (node.nodeType === Node.TEXT_NODE) lines.push(node.nodeValue);
      else if (node.nodeName === 'BR') lines.push('');
      else lines.push(...node.innerText.replace(/\n$/, '').split('\n'));
    }
    return lines;
  }

  const line = (text) => {
    const div = document.createElement('div');
    if (text) div.textContent = text;
    else div.append(document.createElement('br'));
    return div;
  };

  function quote(header, original) {
    const marker = document.createElement('div');
    marker.id = 'appendonsend';
    const rule = document.createElement('hr');
    rule.setAttribute('tabindex', '-1');
    const head = document.createElement('div');
    head.id = 'divRplyFwdMsg';
    header.forEach((text, i) => {
      if (i) head.append(document.createElement('br'));
      head.append(text);
    });
    return [marker, rule, head, ...original.map(line)];
  }

  function render(editor, lines, quoted) {
    editor.replaceChildren(...lines.map(line), ...quoted);
  }

  /**
   * Builds the editor: two empty lines to write in, then the quoted original (`header`: From,
   * Sent, Subject lines; `original`: its body lines). Returns { element, model(), rerender() }.
   */
  function createReplyEditor(header, original, label) {
    const editor = document.createElement('div');
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('aria-multiline', 'true');
    editor.setAttribute('aria-label', label);
    editor.className = 'dFCbN k1Ttj elementToProof';
    const quoted = quote(header, original);
    let model = ['', ''];
    render(editor, model, quoted);

    editor.addEventListener('input', (event) => {
      if (!event.isTrusted) return; // synthetic events are not typing
      model = readLines(editor);
      editor.dataset.modelLength = String(model.join('\n').length);
    });
    editor.addEventListener('blur', () => render(editor, model, quoted));
    return {
      element: editor,
      model: () => model.slice(),
      rerender: () => render(editor, model, quoted),
    };
  }

  window.OutlookDemoEditor = { createReplyEditor };
})();
