/**
 * The project's one `marked` instance. Lexing (`lexReport`) and rendering (`renderReportHtml`)
 * both go through it so that the tokens the extractor numbers are the tokens the page shows.
 * Its renderer extensions live in `statementRenderer.ts`; marked's docs recommend one instance
 * configured once over repeated `marked.use` on the global object.
 */
import { Marked } from 'marked';
import { plainInlineText } from './plainInlineText';
import { statementRenderer } from './statementRenderer';

/** GitHub-flavoured Markdown, synchronous, with the statement-marking renderer and the plain-text shortcut (`plainInlineText.ts`). */
export const markdown = new Marked({ gfm: true, async: false }, statementRenderer, plainInlineText);
