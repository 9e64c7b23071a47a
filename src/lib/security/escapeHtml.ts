/**
 * Escapes text for HTML element content or a quoted attribute. For feeds: RSS `description`
 * is HTML that readers render, so plain text (a statement, a title) must be escaped as HTML
 * before the feed writer escapes it again as XML; otherwise `<script>` written as text in a
 * report becomes live markup in a feed reader.
 * @param text Plain text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
