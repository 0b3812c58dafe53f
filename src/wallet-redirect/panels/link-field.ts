import { html, nothing } from 'lit';

/**
 * A read-only, selectable field with `url` and why it is shown, when sharing or copying failed;
 * nothing without a url.
 * @internal
 */
export const linkField = (label: string, url: string | undefined, message: string) =>
  url
    ? html`<div class="link-field" part="link-field">
        <p class="message" part="link-message">${message}</p>
        <label for="link-input">${label}</label>
        <input
          id="link-input"
          class="link-input"
          part="link-input"
          type="text"
          inputmode="url"
          readonly
          .value=${url}
          @focus=${selectAll}
          @click=${selectAll}
        />
      </div>`
    : nothing;

/** Selects the field's text after the browser has placed the caret for a focus or click. */
const selectAll = (event: Event): void => {
  const input = event.currentTarget as HTMLInputElement;
  setTimeout(() => input.select());
};
