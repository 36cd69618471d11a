// The <partner-merge-preview> class: a shell that keeps its properties and asks Rust to render.
// (A custom element must be a JS class extending HTMLElement; everything else is in Rust.)
export function registerPreviewElement(tagName, render) {
  if (customElements.get(tagName)) {
    return false;
  }
  customElements.define(
    tagName,
    class extends HTMLElement {
      #initiator = null;
      #invitee = null;
      #asOf = null;

      static get observedAttributes() {
        return ["as-of", "lang", "admin-reading"];
      }

      get initiator() {
        return this.#initiator;
      }
      set initiator(snapshot) {
        this.#initiator = snapshot;
        this.#update();
      }
      get invitee() {
        return this.#invitee;
      }
      set invitee(snapshot) {
        this.#invitee = snapshot;
        this.#update();
      }
      get asOf() {
        return this.#asOf ?? this.getAttribute("as-of");
      }
      set asOf(date) {
        this.#asOf = date;
        this.#update();
      }

      connectedCallback() {
        this.#update();
      }
      attributeChangedCallback() {
        this.#update();
      }

      #update() {
        if (this.isConnected && this.#initiator && this.#invitee) {
          render(this, this.#initiator, this.#invitee, this.asOf ?? undefined);
        }
      }
    },
  );
  return true;
}
