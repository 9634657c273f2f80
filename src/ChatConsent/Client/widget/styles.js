// @ts-check

/**
 * The widget's styles live only inside its shadow root; `all: initial` on the host stops the
 * page's inherited fonts, colours and spacing from reaching in. The panel's own styles are in
 * panel-styles.js, so the loader does not carry them.
 */

const base = `
/* Page rules on the host element beat :host, unless :host's are important; so only this wins. */
:host { all: initial !important; }
:host {
  --cc-accent: #1d4ed8;
  --cc-accent-strong: #1e3a8a;
  --cc-on-accent: #ffffff;
  --cc-surface: #ffffff;
  --cc-muted-surface: #f3f4f6;
  --cc-text: #111827;
  --cc-muted: #4b5563;
  --cc-border: #e5e7eb;
  --cc-danger: #b91c1c;
  --cc-ok: #166534;
  --cc-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
*, *::before, *::after { box-sizing: border-box; }
button { font: inherit; }
:focus-visible { outline: 3px solid #93c5fd; outline-offset: 2px; }
[tabindex="-1"]:focus { outline: none; }
@media (prefers-reduced-motion: reduce) {
  * { transition: none !important; animation: none !important; }
}
`;

const launcher = `
.cc-launcher {
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483000;
  width: 56px; height: 56px; padding: 0; border: 0; border-radius: 50%;
  display: grid; place-items: center; cursor: pointer;
  background: var(--cc-accent); color: var(--cc-on-accent);
  box-shadow: 0 6px 20px rgba(17, 24, 39, 0.25), 0 2px 6px rgba(17, 24, 39, 0.15);
  transition: transform 160ms ease, background-color 160ms ease;
}
.cc-launcher:hover { transform: scale(1.06); background: var(--cc-accent-strong); }
.cc-launcher:active { transform: scale(0.96); }
.cc-launcher svg { width: 26px; height: 26px; grid-area: 1 / 1; transition: opacity 160ms, transform 160ms; }
.cc-launcher .cc-icon-close { opacity: 0; transform: rotate(-90deg); }
.cc-launcher[aria-expanded="true"] .cc-icon-chat { opacity: 0; transform: rotate(90deg); }
.cc-launcher[aria-expanded="true"] .cc-icon-close { opacity: 1; transform: none; }
.cc-badge {
  position: absolute; top: -4px; right: -4px; min-width: 22px; height: 22px; padding: 0 5px;
  border-radius: 11px; background: #b91c1c; color: #ffffff; border: 2px solid var(--cc-surface);
  font: 700 12px/18px var(--cc-font); text-align: center; display: none;
}
.cc-launcher[data-unread="true"] .cc-badge { display: block; }
`;

export const launcherCss = base + launcher;

/**
 * Constructed style sheets are not blocked by a page's Content-Security-Policy for inline
 * styles; browsers without them get a <style> element instead.
 * @param {ShadowRoot} root
 * @param {string} css
 */
export function adoptStyles(root, css) {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }

  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}
