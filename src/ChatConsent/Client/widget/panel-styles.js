// @ts-check

/** The panel's styles, added to the shadow root by the chat module; variables come from styles.js. */

const panelFrame = `
.cc-panel {
  position: fixed; right: 20px; bottom: 88px; z-index: 2147483000;
  width: min(360px, calc(100vw - 24px)); height: min(520px, calc(100vh - 112px));
  display: flex; flex-direction: column; overflow: hidden;
  background: var(--cc-surface); color: var(--cc-text);
  font-family: var(--cc-font); font-size: 14px; line-height: 1.45; text-align: left;
  border-radius: 16px; border: 1px solid var(--cc-border);
  box-shadow: 0 18px 48px rgba(17, 24, 39, 0.22), 0 4px 12px rgba(17, 24, 39, 0.1);
  animation: cc-rise 180ms ease-out;
}
.cc-panel[hidden] { display: none; }
@keyframes cc-rise { from { opacity: 0; transform: translateY(8px); } }
@media (max-width: 420px) { .cc-panel { right: 12px; } }
.cc-header {
  display: flex; align-items: center; gap: 8px; padding: 14px 12px 14px 18px;
  background: var(--cc-accent); color: var(--cc-on-accent);
}
.cc-title { flex: 1; margin: 0; font-size: 16px; font-weight: 600; outline: none; }
.cc-icon-button {
  width: 32px; height: 32px; padding: 0; border: 0; border-radius: 8px; display: grid;
  place-items: center; background: transparent; color: inherit; cursor: pointer;
}
.cc-icon-button:hover { background: rgba(255, 255, 255, 0.16); }
.cc-icon-button svg { width: 18px; height: 18px; }
.cc-body { flex: 1; min-height: 0; display: flex; flex-direction: column; }
.cc-status { margin: 0; padding: 8px 16px; font-size: 13px; background: #fef3c7; color: #78350f; }
.cc-status[data-kind="error"] { background: #fee2e2; color: var(--cc-danger); }
.cc-status[hidden] { display: none; }
.cc-center { margin: auto; padding: 24px; color: var(--cc-muted); text-align: center; }
`;

const notice = `
.cc-notice { flex: 1; overflow-y: auto; padding: 18px 18px 4px; }
.cc-notice h3 { margin: 0 0 10px; font-size: 16px; font-weight: 600; outline: none; }
.cc-notice p { margin: 0 0 10px; }
.cc-notice a { color: var(--cc-accent); }
.cc-actions { display: flex; flex-direction: column; gap: 8px; padding: 12px 18px 18px; }
.cc-primary, .cc-secondary {
  width: 100%; min-height: 40px; padding: 8px 14px; border-radius: 10px; cursor: pointer;
  font-weight: 600; transition: background-color 120ms;
}
.cc-primary { border: 0; background: var(--cc-accent); color: var(--cc-on-accent); }
.cc-primary:hover { background: var(--cc-accent-strong); }
.cc-primary:disabled { opacity: 0.6; cursor: progress; }
.cc-secondary { border: 1px solid var(--cc-border); background: var(--cc-surface); color: var(--cc-text); }
.cc-secondary:hover { background: var(--cc-muted-surface); }
.cc-declined { margin: auto 0; padding: 24px 18px; }
.cc-hint { color: var(--cc-muted); }
.cc-footer { margin: 0; padding: 0 12px 8px; text-align: center; background: var(--cc-surface); }
.cc-link {
  padding: 2px 4px; border: 0; background: none; color: var(--cc-muted); font-size: 12px;
  text-decoration: underline; cursor: pointer;
}
.cc-link:hover { color: var(--cc-text); }
.cc-footer .cc-link + .cc-link { margin-left: 10px; }
.cc-legal {
  padding: 6px 12px 8px; border-top: 1px solid var(--cc-border); text-align: center;
  font-size: 12px; color: var(--cc-muted); background: var(--cc-surface);
}
.cc-legal a { color: var(--cc-muted); }
.cc-legal a:hover { color: var(--cc-text); }
.cc-declined p { margin: 0 0 14px; }
`;

const conversation = `
.cc-log { flex: 1; min-height: 0; display: flex; flex-direction: column; }
.cc-messages {
  flex: 1; overflow-y: auto; margin: 0; padding: 16px 14px; list-style: none;
  display: flex; flex-direction: column; gap: 10px; background: #fafafa;
}
.cc-empty { margin: auto; color: var(--cc-muted); text-align: center; padding: 0 12px; }
.cc-message { max-width: 82%; display: flex; flex-direction: column; gap: 2px; }
.cc-message[data-sender="visitor"] { align-self: flex-end; align-items: flex-end; }
.cc-message[data-sender="agent"] { align-self: flex-start; align-items: flex-start; }
.cc-bubble {
  padding: 8px 12px; border-radius: 16px; white-space: pre-wrap; overflow-wrap: anywhere;
}
.cc-message[data-sender="visitor"] .cc-bubble {
  background: var(--cc-accent); color: var(--cc-on-accent); border-bottom-right-radius: 4px;
}
.cc-message[data-sender="agent"] .cc-bubble {
  background: var(--cc-surface); border: 1px solid var(--cc-border); border-bottom-left-radius: 4px;
}
.cc-message[data-state="pending"] .cc-bubble { opacity: 0.65; }
.cc-meta { font-size: 11px; color: var(--cc-muted); padding: 0 4px; }
.cc-read { font-size: 11px; color: var(--cc-ok); font-weight: 600; padding: 0 4px; }
.cc-read[hidden], .cc-typing[hidden] { display: none; }
.cc-typing {
  margin: 0; padding: 4px 16px; font-size: 12px; font-style: italic; color: var(--cc-muted);
  background: #fafafa;
}
.cc-composer {
  display: flex; align-items: flex-end; gap: 8px; padding: 10px 12px;
  border-top: 1px solid var(--cc-border); background: var(--cc-surface);
}
.cc-input {
  flex: 1; min-height: 40px; max-height: 120px; resize: none; margin: 0; padding: 9px 12px;
  border: 1px solid var(--cc-border); border-radius: 12px; background: var(--cc-surface);
  color: var(--cc-text); font: inherit; line-height: 1.4;
}
.cc-input:focus { outline: none; border-color: var(--cc-accent); box-shadow: 0 0 0 3px #bfdbfe; }
.cc-send {
  width: 40px; height: 40px; flex: none; padding: 0; border: 0; border-radius: 50%; cursor: pointer;
  display: grid; place-items: center; background: var(--cc-accent); color: var(--cc-on-accent);
}
.cc-send:hover { background: var(--cc-accent-strong); }
.cc-send svg { width: 18px; height: 18px; }
`;

export const panelCss = panelFrame + notice + conversation;
