import { h } from 'preact';
import htm from 'htm';

/** JSX-like tagged templates for Preact, with no build step: html`<p class=${cls}>${text}</p>`. */
export const html = htm.bind(h);
